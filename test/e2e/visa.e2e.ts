// Visa sponsorship and dismissed dealbreakers in real Chromium with the built extension: a posting that refuses
// sponsorship shows it in the overlay and the side panel for a profile that needs sponsorship; "Not a dealbreaker
// for me" lifts the cap, survives a reload, and reaches the overlay; the popup's visa and salary fields.
// Screenshots in test-results/ (visa-*.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { OVERLAY_SELECTOR } from '../../components/overlay/overlay';
import { bothSchemes } from './a11y-axe';
import { launchWithExtension, type Launched } from './browser';
import { EXAMPLE_PROFILE, fixture, importProfile, newestTabId, readOverlay, serve } from './pages';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
const REFUSAL = 'We are not able to sponsor work visas for this role.';
const AUTH = 'You must be authorized to work in the United States.';

/** The fixture posting with two sentences added after its first list: a refusal and an authorisation. */
function refusingPage(): string {
  const html = readFileSync(REMOTEWLB.file, 'utf8');
  const at = html.indexOf('</ul>') + '</ul>'.length;
  return `${html.slice(0, at)}<p>${REFUSAL}</p><p>${AUTH}</p>${html.slice(at)}`;
}

/** The example profile, saying it needs sponsorship. */
function needsVisaProfile(): string {
  const p = JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as { preferences: Record<string, unknown> };
  p.preferences = { ...p.preferences, needsSponsorship: true, authorizedIn: [] };
  const file = join(mkdtempSync(join(tmpdir(), 'postfit-visa-')), 'profile.json');
  writeFileSync(file, JSON.stringify(p));
  return file;
}

describe('visa sponsorship and dismissed dealbreakers', () => {
  let browser: Launched;
  let job: Page;
  let tabId: number;
  const errors: string[] = [];

  async function openPanel(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await page.locator('.report-head .pf-score').waitFor({ timeout: 20_000 });
    return page;
  }
  const panelScore = async (panel: Page) => Number(/^Fit (\d+)/.exec((await panel.locator('.report-head .pf-score').getAttribute('aria-label')) ?? '')?.[1]);
  const overlayScore = async () => Number(/^(\d+)/.exec((await readOverlay(job)).text.trim())?.[1] ?? NaN);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    await serve(browser.context, new Map([[REMOTEWLB.url, refusingPage()]]));
    await importProfile(browser, needsVisaProfile());
    job = await browser.context.newPage();
    job.on('pageerror', (e) => errors.push(e.message));
    await job.setViewportSize({ width: 1100, height: 760 });
    await job.goto(REMOTEWLB.url);
    tabId = await newestTabId(browser);
  });
  afterAll(async () => browser?.close());

  it('the overlay says "No visa sponsorship", as a dealbreaker, with the sentence in its name', async () => {
    await expect.poll(async () => (await readOverlay(job)).kind, { timeout: 20_000 }).toBe('score');
    const o = await readOverlay(job);
    expect(o.text).toContain('No visa sponsorship +1');
    expect(o.label).toContain('Must be authorized to work in the US');
    expect(o.label).toContain(REFUSAL);
    expect(o.label).toContain('a dealbreaker for you');
    expect(await overlayScore()).toBeLessThanOrEqual(40);
    await job.locator(OVERLAY_SELECTOR).screenshot({ path: `${SHOTS}/visa-overlay.png` });
    await job.screenshot({ path: `${SHOTS}/visa-overlay-page.png` });
  });

  it('the report shows the statements with their sentences; dismissing the dealbreaker lifts the score, and it stays dismissed', async () => {
    const panel = await openPanel();
    const dealbreaker = panel.locator('.dealbreaker').filter({ hasText: 'you need visa sponsorship' });
    await dealbreaker.waitFor({ timeout: 20_000 });
    await expect.poll(() => dealbreaker.locator('.quote').textContent()).toContain(AUTH);
    const work = panel.locator('.work-statement');
    expect(await work.locator('.work-label').allTextContents()).toEqual(['No visa sponsorship', 'Must be authorized to work in the US']);
    expect(await work.first().locator('.quote').textContent()).toContain(REFUSAL);
    const capped = await panelScore(panel);
    expect(capped).toBeLessThanOrEqual(40);
    await panel.screenshot({ path: `${SHOTS}/visa-report.png`, fullPage: true });

    await dealbreaker.getByRole('button', { name: 'Not a dealbreaker for me' }).click();
    await expect.poll(() => panelScore(panel), { timeout: 15_000 }).toBeGreaterThan(capped);
    const lifted = await panelScore(panel);
    expect(await dealbreaker.getAttribute('data-dismissed')).toBe('');
    await panel.screenshot({ path: `${SHOTS}/visa-report-dismissed.png`, fullPage: true });
    // The new parts (dealbreaker with its sentence and toggle, visa statements) pass axe in both schemes.
    expect(await bothSchemes(panel, `${SHOTS}/visa-report-axe`, true)).toEqual({});
    await panel.emulateMedia({ colorScheme: 'light' });

    // The background heard of it: the page's overlay and a freshly opened panel agree.
    await expect.poll(overlayScore, { timeout: 20_000 }).toBe(lifted);
    expect((await readOverlay(job)).label).not.toContain('a dealbreaker for you');
    await job.locator(OVERLAY_SELECTOR).screenshot({ path: `${SHOTS}/visa-overlay-dismissed.png` });
    await panel.reload();
    await expect.poll(() => panelScore(panel), { timeout: 20_000 }).toBe(lifted);
    await panel.getByRole('button', { name: 'Count it again' }).waitFor();

    // Undo: the cap is back.
    await panel.getByRole('button', { name: 'Count it again' }).click();
    await expect.poll(() => panelScore(panel), { timeout: 15_000 }).toBe(capped);
    await expect.poll(overlayScore, { timeout: 20_000 }).toBe(capped);
    await panel.close();
  });

  it('the popup has the visa settings and takes "150k" as a minimum salary', async () => {
    const popup = await browser.context.newPage();
    popup.on('pageerror', (e) => errors.push(e.message));
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    await popup.getByText('Job preferences', { exact: true }).click();
    expect(await popup.getByRole('checkbox', { name: 'I need visa sponsorship' }).isChecked()).toBe(true);
    const amount = popup.getByRole('textbox', { name: 'Minimum salary amount' });
    await amount.fill('150k');
    await popup.getByRole('textbox', { name: 'Authorised to work in' }).fill('United Kingdom');
    await popup.getByRole('textbox', { name: 'Authorised to work in' }).press('Enter');
    await popup.getByText('United Kingdom', { exact: true }).waitFor();
    await expect.poll(() => popup.locator('#salary-amount-error').count()).toBe(0);
    await popup.locator('.preferences-form').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/visa-popup.png`, fullPage: true });
    await popup.close();
    // The saved minimum is 150,000: the report compares the posting's pay with it, or says it has none.
    const panel = await openPanel();
    await expect.poll(() => panelScore(panel), { timeout: 20_000 }).toBeGreaterThanOrEqual(0);
    await panel.close();
    expect(errors).toEqual([]);
  });
});
