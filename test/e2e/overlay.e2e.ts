// The content script and its overlay in real Chromium with the built extension, on fixture pages served at the
// boards' real addresses: the overlay before and after the user has a profile, the same score as `npm run fit`,
// nothing on a page that is not a posting, a single-page app switching jobs 20 times, keyboard access, the
// Apply button left uncovered, dismissal remembered per site. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { OVERLAY_ATTR, OVERLAY_SELECTOR } from '../../components/overlay/overlay';
import { cliFit, fixture, importProfile, newestTabId, readOverlay, reportFor, serve, shadowMode } from './pages';
import { FEED_URL, SPA_URL, spaJobTitle, spaPage, THIN_HTML, THIN_URL } from './spa-page';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
const LINKEDIN = fixture('linkedin', 'talynt-google-power');
const WORKDAY = fixture('workday', 'nvidia-test-engineer');
const LEVER = fixture('lever', 'highspot-principal-ai'); // the application form tab: posting: false
const APPLY_URL = 'https://www.remotewlb.com/apply/with-sticky-apply-bar';

/** The remotewlb fixture with a sticky Apply button at the bottom-left corner, where the overlay would go. */
const withApplyBar = (html: string) =>
  html.replace(
    '</body>',
    '<a href="#apply" id="apply" style="position:fixed;left:0;bottom:0;width:220px;height:56px;background:#0a66c2;color:#fff;display:flex;align-items:center;justify-content:center">Apply now</a></body>',
  );

describe('the overlay on board pages', () => {
  let browser: Launched;
  const errors: string[] = [];

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(url);
    return page;
  }

  const overlayKind = (page: Page) => readOverlay(page).then((o) => o.kind);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    for (const p of browser.context.pages()) await p.close();
    const pages = new Map<string, string>();
    for (const f of [REMOTEWLB, LINKEDIN, WORKDAY, LEVER]) pages.set(f.url, readFileSync(f.file, 'utf8'));
    pages.set(APPLY_URL, withApplyBar(readFileSync(REMOTEWLB.file, 'utf8')));
    pages.set(THIN_URL, THIN_HTML);
    pages.set(FEED_URL, '<!doctype html><title>Feed | LinkedIn</title><main><h1>Your feed</h1><p>Posts from people you follow.</p></main>');
    pages.set(new URL(SPA_URL).origin + new URL(SPA_URL).pathname, spaPage());
    await serve(browser.context, pages);
  });
  afterAll(async () => browser?.close());

  it('asks for a profile first, then shows the score once one is imported, without a reload', async () => {
    const page = await open(REMOTEWLB.url);
    await expect.poll(() => overlayKind(page)).toBe('no-profile');
    const o = await readOverlay(page);
    expect(o.text).toContain('Set up your profile');
    expect(await shadowMode(page)).toBe('closed');
    await page.screenshot({ path: `${SHOTS}/overlay-no-profile.png` });

    await importProfile(browser);
    // The background hears of the new profile and asks the page to send itself again.
    await expect.poll(() => overlayKind(page)).toBe('score');
    await page.close();
  });

  for (const f of [REMOTEWLB, LINKEDIN, WORKDAY]) {
    it(`${f.board}: the overlay's score is the command line's`, async () => {
      const expected = cliFit(f.file, f.url);
      expect(expected.report.score).not.toBeNull();
      const page = await open(f.url);
      await expect.poll(() => overlayKind(page)).toBe('score');
      const o = await readOverlay(page);
      expect(o.count).toBe(1);
      const word = { strong: 'Strong fit', partial: 'Partial fit', weak: 'Weak fit' }[expected.report.verdict];
      expect(o.text).toBe(`${expected.report.score}${word}×`);
      expect(o.label).toMatch(new RegExp(`^Postfit: ${expected.report.score} \\w+ fit, a score of ${expected.report.score} out of 100`));
      // The background's report for the tab (what the side panel shows) agrees, and the toolbar badge too.
      const tabId = await newestTabId(browser);
      const report = await reportFor(browser, tabId);
      expect(report.status).toBe('posting');
      expect(report.record?.title).toBe(expected.title);
      expect(report.report?.score).toBe(expected.report.score);
      const badge = await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      expect(badge).toBe(String(expected.report.score));
      await page.screenshot({ path: `${SHOTS}/overlay-${f.board}.png` });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.locator(OVERLAY_SELECTOR).screenshot({ path: `${SHOTS}/overlay-${f.board}-dark.png` });
      await page.close();
    });
  }

  it('shows nothing on a board page that is not a posting (Lever application form), nor off the job pages', async () => {
    const page = await open(LEVER.url);
    // The background has the page's answer: whatever the script was going to show, it has been told.
    const leverTab = await newestTabId(browser);
    await expect.poll(async () => (await reportFor(browser, leverTab)).status).toBe('not-posting');
    expect((await readOverlay(page)).count).toBe(0);
    await page.close();
    const feed = await open(FEED_URL);
    // Off the job pages the script sends nothing, so there is no answer to wait for: the page's load is the state.
    await feed.waitForLoadState('load');
    expect((await readOverlay(feed)).count).toBe(0);
    expect((await reportFor(browser, await newestTabId(browser))).status).toBe('unknown');
    await feed.close();
  });

  it('says "Too few requirements found" for a page without requirements, as the command line does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'postfit-thin-'));
    writeFileSync(join(dir, 'thin.html'), THIN_HTML);
    expect(cliFit(join(dir, 'thin.html'), THIN_URL).report.score).toBeNull();
    const page = await open(THIN_URL);
    await expect.poll(() => overlayKind(page)).toBe('thin');
    expect((await readOverlay(page)).text).toContain('Too few requirements found');
    await page.screenshot({ path: `${SHOTS}/overlay-thin.png` });
    await page.close();
  });

  it('keeps one overlay, showing the last job, after 20 job switches in a single-page app', async () => {
    const page = await open(SPA_URL);
    await expect.poll(() => overlayKind(page)).toBe('score');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const listeners = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === 'JSEventListeners')!.value;
    };
    const tabId = await newestTabId(browser);
    // The pauses between switches only vary a person's pace (most switches come before the last answer, some
    // after); every check below waits for a state, so a slow machine changes the mix, never the outcome.
    for (let n = 2; n <= 4; n++) {
      await page.evaluate((i) => (window as unknown as { showJob(n: number): void }).showJob(i), n);
      await page.waitForTimeout(60);
    }
    await expect.poll(async () => (await reportFor(browser, tabId)).record?.title).toBe(spaJobTitle(4));
    await expect.poll(() => overlayKind(page)).toBe('score');
    const before = await listeners();
    for (let n = 5; n <= 21; n++) {
      await page.evaluate((i) => (window as unknown as { showJob(n: number): void }).showJob(i), n);
      await page.waitForTimeout(n % 3 === 0 ? 400 : 40);
    }
    await expect.poll(async () => (await reportFor(browser, tabId)).record?.title).toBe(spaJobTitle(21));
    const report = await reportFor(browser, tabId);
    const shown = new RegExp(`^Postfit: ${report.report!.score} \\w+ fit, a score of ${report.report!.score} out of 100`);
    await expect.poll(async () => (await readOverlay(page)).label).toMatch(shown);
    const o = await readOverlay(page);
    expect(o.count).toBe(1);
    expect(o.kind).toBe('score');
    expect(o.label).toMatch(new RegExp(`^Postfit: ${report.report!.score} \\w+ fit, a score of ${report.report!.score} out of 100`));
    expect(await listeners()).toBeLessThanOrEqual(before);
    expect(page.url()).toContain('currentJobId=21');
    await page.screenshot({ path: `${SHOTS}/overlay-spa-last-job.png` });
    await cdp.detach();
    await page.close();
  });

  it('is a real button reached with the keyboard, and opens the side panel', async () => {
    const page = await open(REMOTEWLB.url);
    await expect.poll(() => overlayKind(page)).toBe('score');
    // Tab through the page until focus lands inside the overlay (the host is what the page sees as focused).
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((attr) => !!document.activeElement?.hasAttribute(attr), OVERLAY_ATTR);
    }
    expect(reached).toBe(true);
    await page.screenshot({ path: `${SHOTS}/overlay-focus.png` });
    const panel = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html'), timeout: 5000 }).catch(() => null);
    await page.keyboard.press('Enter');
    const opened = await panel;
    // Headless Chromium may not show side panels; when it does, the panel is the extension's.
    if (opened) expect(opened.url()).toContain(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.close();
  });

  it('stays off a sticky Apply button at its usual corner', async () => {
    const page = await open(APPLY_URL);
    await expect.poll(() => overlayKind(page)).toBe('score');
    const apply = (await page.locator('#apply').boundingBox())!;
    const mine = (await page.locator(OVERLAY_SELECTOR).boundingBox())!;
    const overlaps =
      apply.x < mine.x + mine.width && mine.x < apply.x + apply.width && apply.y < mine.y + mine.height && mine.y < apply.y + apply.height;
    expect(overlaps).toBe(false);
    expect(mine.height).toBeLessThan(48);
    expect(mine.width).toBeLessThan(280);
    await page.screenshot({ path: `${SHOTS}/overlay-apply-bar.png` });
    await page.close();
  });

  it('can be dismissed for the site, and stays away on the next visit', async () => {
    const page = await open(REMOTEWLB.url);
    await expect.poll(() => overlayKind(page)).toBe('score');
    const box = (await page.locator(OVERLAY_SELECTOR).boundingBox())!;
    await page.mouse.click(box.x + box.width - 10, box.y + box.height / 2); // the × at the right end
    await expect.poll(async () => (await readOverlay(page)).count).toBe(0);
    await page.close();
    const again = await open(REMOTEWLB.url);
    // The toolbar badge still shows the score: once it does, the page has been evaluated and its answer given.
    const againTab = await newestTabId(browser);
    await expect.poll(() => browser.worker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), againTab)).toMatch(/^\d+$/);
    expect((await readOverlay(again)).count).toBe(0);
    // Another board is not affected.
    const other = await open(LINKEDIN.url);
    await expect.poll(() => overlayKind(other)).toBe('score');
    await again.close();
    await other.close();
  });

  it('threw no page errors', () => expect(errors).toEqual([]));
});

declare const chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
