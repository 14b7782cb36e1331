// Issue 12 parts 2 and 3 in real Chromium: pages on sites that are not boards.
//
// Without site access (the extension as built, as installed): "Evaluate this page" in the side panel cannot read
// the page, and says so with exactly what to do; it never says "No job requirements found".
//
// With every site allowed: Chromium's permission prompt (permissions.request) cannot be answered in a headless
// test, and no command-line switch or DevTools call grants an optional host permission. So this part loads a copy
// of the build whose manifest holds the every-site origins as granted host permissions: the state the browser is in
// once the user accepted the prompt. It proves what follows from the grant (the background registers the detector;
// the detector badges a JobPosting page on an arbitrary site and stays silent on other pages; the panel reads such
// pages on demand; the popup shows the setting on). The click → prompt → grant step and the refusal are unit-tested
// with fake ports (test/site-access.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type Launched } from './browser';
import { newestTabId, readOverlay, reportFor, serve } from './pages';

declare const chrome: {
  tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; excludeMatches?: string[]; js?: string[] }[]> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
};

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const EVERY_SITE = ['https://*/*', 'http://*/*'];

const DESCRIPTION =
  '<p>You will build and run the services behind our product with a small team.</p><h3>Requirements</h3><ul><li>3+ years of experience with TypeScript and Node.js</li><li>Experience with PostgreSQL and Docker</li></ul><h3>Nice to have</h3><ul><li>Kubernetes</li></ul>';
const POSTING_URL = 'https://www.workinstartups.com/job/98765/backend-engineer-at-acme';
const POSTING = `<!doctype html><html><head><title>Backend Engineer at Acme</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Backend Engineer', description: DESCRIPTION, hiringOrganization: { '@type': 'Organization', name: 'Acme' } })}</script></head><body><main><h1>Backend Engineer</h1><p>Apply below.</p></main></body></html>`;
const ARTICLE_URL = 'https://blog.example.org/2026/rice';
const ARTICLE = `<!doctype html><html><head><title>Ten ways to cook rice</title></head><body><main><h1>Ten ways to cook rice</h1><p>${'Rinse the rice, then let it rest before you boil it gently. '.repeat(12)}</p><ul><li>Rinse</li><li>Boil</li><li>Rest</li></ul></main></body></html>`;

async function openPanel(browser: Launched, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 640 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

async function openTab(browser: Launched, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(url);
  await page.waitForLoadState('load');
  return { page, tabId: await newestTabId(browser) };
}

/** The popup opened on its "Sites" part, and the every-site checkbox in it. */
async function openSitesSetting(browser: Launched) {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('main[aria-busy="false"]').waitFor();
  await popup.getByText('Sites', { exact: true }).click();
  return { popup, box: popup.getByRole('checkbox', { name: 'Detect postings on every site' }) };
}

function pages(): Map<string, string> {
  return new Map([
    [POSTING_URL, POSTING],
    [ARTICLE_URL, ARTICLE],
  ]);
}

describe('without site access: "Evaluate this page" says why it cannot, and what to do', () => {
  let browser: Launched;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    await serve(browser.context, pages());
  });
  afterAll(async () => browser?.close());

  it('a posting on a site Postfit may not read: instructions, not "No job requirements found"', async () => {
    expect(await browser.worker.evaluate((o) => chrome.permissions.contains({ origins: o }), EVERY_SITE)).toBe(false);
    const { page, tabId } = await openTab(browser, POSTING_URL);
    const panel = await openPanel(browser, tabId);
    await panel.getByRole('button', { name: 'Evaluate this page' }).click();
    const status = panel.getByRole('status').filter({ hasText: /Postfit is not allowed to read this page yet/ });
    await status.waitFor({ timeout: 20_000 });
    const text = await status.textContent();
    expect(text).toContain('Right-click the page and choose “Evaluate this page with Postfit”, or press Alt+Shift+F');
    expect(text).toContain('Detect postings on every site');
    expect(await panel.getByText(/No job requirements found/).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Evaluate this page' }).isEnabled()).toBe(true); // ready to try again
    await panel.screenshot({ path: `${SHOTS}/sidepanel-not-allowed.png` });
    expect((await reportFor(browser, tabId)).status).toBe('unknown'); // nothing recorded as "not a posting"
    expect((await readOverlay(page)).count).toBe(0);
    await panel.close();
    await page.close();
  });

  it('the popup offers the setting, off', async () => {
    const { popup, box } = await openSitesSetting(browser);
    await expect.poll(() => box.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(await box.isChecked()).toBe(false);
    await popup.getByText('Sites', { exact: true }).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/popup-every-site-off.png`, fullPage: true });
    await popup.close();
  });
});

describe('with every site allowed (the state after the user accepted the prompt)', () => {
  let browser: Launched;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'postfit-granted-'));
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
    manifest.host_permissions = [...manifest.host_permissions, ...EVERY_SITE];
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    browser = await launchWithExtension(dir);
    await serve(browser.context, pages());
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the background registers the detector on every site but the boards', async () => {
    const registered = () => browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    await expect.poll(async () => (await registered()).map((s) => s.id), { timeout: 20_000 }).toEqual(['postfit-detector']);
    const [s] = await registered();
    expect([...(s!.matches ?? [])].sort()).toEqual([...EVERY_SITE].sort());
    expect(s!.js).toEqual(['detector.js']);
    expect(s!.excludeMatches).toContain('https://www.linkedin.com/*');
  });

  it('a JobPosting page on a site that is not a board gets the overlay, without being asked', async () => {
    const { page } = await openTab(browser, POSTING_URL);
    await expect.poll(async () => (await readOverlay(page)).kind, { timeout: 20_000 }).toBe('no-profile');
    await page.screenshot({ path: `${SHOTS}/every-site-posting.png` });
    await page.close();
  });

  it('any other page: the detector runs there and stays silent', async () => {
    const { page, tabId } = await openTab(browser, ARTICLE_URL);
    // The detector runs at document_idle; its answer to a message shows it is there and has started.
    await expect
      .poll(() => browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'highlight', sentence: 'x' }, { frameId: 0 }).then(() => 'script', () => 'none'), tabId), { timeout: 20_000 })
      .toBe('script');
    expect((await reportFor(browser, tabId)).status).toBe('unknown'); // it sent nothing
    expect((await readOverlay(page)).count).toBe(0);
    // Asked from the side panel, it reads the page, which truly holds no posting: now that is what it says.
    const panel = await openPanel(browser, tabId);
    await panel.getByRole('button', { name: 'Evaluate this page' }).click();
    await panel.getByRole('status').filter({ hasText: 'No job requirements found on this page.' }).waitFor({ timeout: 20_000 });
    expect((await reportFor(browser, tabId)).status).toBe('not-posting');
    await panel.close();
    await page.close();
  });

  it('the popup shows the setting on', async () => {
    const { popup, box } = await openSitesSetting(browser);
    await expect.poll(() => box.isChecked(), { timeout: 20_000 }).toBe(true);
    await popup.screenshot({ path: `${SHOTS}/popup-every-site-on.png`, fullPage: true });
    await popup.close();
  });
});
