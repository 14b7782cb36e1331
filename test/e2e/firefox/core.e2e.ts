// The core of Postfit in real Firefox (firefox-esr) with the built Firefox extension (.output/firefox-mv3),
// installed as a user's temporary add-on: the badge on a posting served at its board's real address, first
// asking for a profile and then showing the command line's score once a backup is imported in the popup; the
// side panel (Firefox's sidebar page) rendering that posting's report; a skill added in the popup surviving a
// reload. One Firefox for the file; the tests run in order and build on each other (no profile, then a profile,
// then one more skill). Screenshots in test-results/firefox-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { CONTENT_MATCHES } from '../../../lib/content/matches';
import { cliFit, fixture, profileBackup } from '../pages';
import { testProfile } from '../../sidepanel/e2e-helpers';
import { launchFirefox, serve, type Firefox } from './firefox';
import { readOverlay } from './overlay-view';

const SHOTS = resolve(import.meta.dirname, '../../../test-results');
const POSTING = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
/** Waiting for a state: long enough for a loaded 2-core machine, and never reached when the state comes. */
const UNTIL = { timeout: 45_000, interval: 250 };
/** A profile that meets some of the posting's requirements, partly meets others and lacks one. */
const PROFILE = join(mkdtempSync(join(tmpdir(), 'postfit-firefox-')), 'profile.json');
writeFileSync(PROFILE, JSON.stringify(testProfile()));

/** The WebExtension APIs called inside page.evaluate callbacks (they run in the extension page). */
interface WebExtensionApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
}

interface CliReport {
  title: string | null;
  report: { score: number | null; verdict: string; found: number; items: { name: string; status: string }[] };
}

// Each test goes through several pages and a profile change; the bound is for a loaded machine, the waits inside
// are for states.
describe('Firefox: badge, popup and side panel', { timeout: 120_000 }, () => {
  let ff: Firefox;
  let job: Page;
  let expected: CliReport;
  const errors: string[] = [];

  async function extensionPage(path: string): Promise<Page> {
    const page = await ff.openExtensionPage(path);
    page.on('pageerror', (e) => errors.push(`${path}: ${String(e)}`));
    return page;
  }
  const popupReady = (page: Page) => page.waitForSelector('main[aria-busy="false"]');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    expected = cliFit(POSTING.file, POSTING.url, PROFILE) as CliReport;
    ff = await launchFirefox();
  }, 180_000);
  afterAll(async () => ff?.close());

  it("holds its boards' host permissions once installed, so the content script runs on them", async () => {
    // Firefox treats MV3 host permissions (content_scripts matches included) as revocable; since Firefox 127 it
    // grants them at install (extensions.originControls.grantByDefault, left at the browser's default here).
    const page = await extensionPage('popup.html');
    const granted = await page.evaluate(
      (origins) => (globalThis as unknown as { browser: WebExtensionApi }).browser.permissions.contains({ origins }),
      [...CONTENT_MATCHES],
    );
    expect(granted).toBe(true);
    await page.close();
  });

  it('shows the badge on a posting at its board address: first asking for a profile, then the score', async () => {
    expect(expected.report.score).not.toBeNull();
    job = await ff.newPage();
    job.on('pageerror', (e) => errors.push(`${POSTING.url}: ${String(e)}`));
    await job.setViewport({ width: 1100, height: 760 });
    await serve(job, new Map([[POSTING.url, readFileSync(POSTING.file, 'utf8')]]));
    await job.goto(POSTING.url);
    await expect.poll(async () => (await readOverlay(ff, job)).kind, UNTIL).toBe('no-profile');
    const first = await readOverlay(ff, job);
    expect(first.count).toBe(1);
    expect(first.mode).toBe('closed');
    expect(first.topLayer).toBe(true);
    expect(first.text).toContain('Set up your profile');

    // The user restores a profile from a backup in the popup; the open posting's badge follows without a reload.
    const popup = await extensionPage('popup.html');
    await popupReady(popup);
    await popup.locator('summary ::-p-text(Backup)').click();
    const input = await popup.waitForSelector('input[type="file"][aria-label="Backup file to import"]');
    await input!.uploadFile(profileBackup(PROFILE));
    await popup.locator('::-p-aria(Replace[role="button"])').click();
    await popup.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent === 'Backup now replaces what you had'));
    await popup.close();

    await expect.poll(async () => (await readOverlay(ff, job)).kind, UNTIL).toBe('score');
    const o = await readOverlay(ff, job);
    const word = { strong: 'Strong fit', partial: 'Partial fit', weak: 'Weak fit' }[expected.report.verdict];
    expect(o.count).toBe(1);
    const found = `${expected.report.found} requirement${expected.report.found === 1 ? '' : 's'} found`;
    expect(o.text).toBe(`${expected.report.score}${word}${found}×`);
    expect(o.label).toMatch(new RegExp(`^Postfit: ${expected.report.score} \\w+ fit, a score of ${expected.report.score} out of 100`));
    expect(o.buttons).toBe(2);
    await job.screenshot({ path: `${SHOTS}/firefox-overlay.png` });
  });

  it("renders the posting's report in the side panel, as the command line scores it", async () => {
    // With host permission for the board, Firefox shows the extension that tab's address: find it by it.
    const lookup = await extensionPage('popup.html');
    const tabs = await lookup.evaluate(
      (url) => (globalThis as unknown as { browser: WebExtensionApi }).browser.tabs.query({ url }),
      POSTING.url,
    );
    await lookup.close();
    expect(tabs).toHaveLength(1);
    const panel = await extensionPage(`sidepanel.html?tabId=${tabs[0]!.id}`);
    await panel.setViewport({ width: 360, height: 780 });
    // Read afresh each time: the loading view is replaced by the report.
    const scoreLabel = () => panel.$eval('.report-head .pf-score', (e) => e.getAttribute('aria-label')).catch(() => null);
    await expect.poll(scoreLabel, UNTIL).toMatch(new RegExp(`^Fit ${expected.report.score} of 100`));
    expect(await panel.$eval('#report-title', (e) => e.textContent)).toBe(expected.title);
    // Every item under its status, in the command line's order; the profile leaves some missing.
    expect(expected.report.items.some((i) => i.status === 'missing')).toBe(true);
    for (const status of ['met', 'partly', 'missing']) {
      const names = expected.report.items.filter((i) => i.status === status).map((i) => i.name);
      expect(await panel.$$eval(`.item[data-status="${status}"] .item-name`, (els) => els.map((e) => e.textContent)), status).toEqual(names);
    }
    await panel.screenshot({ path: `${SHOTS}/firefox-sidepanel.png` });
    await panel.close();
  });

  it('saves a skill added in the popup, and still has it after a reload', async () => {
    const popup = await extensionPage('popup.html');
    await popup.setViewport({ width: 380, height: 600 });
    await popupReady(popup);
    expect(await popup.$('::-p-aria(Years of Rust)')).toBeNull();
    await popup.locator('::-p-aria(Add a skill[role="combobox"])').click();
    await popup.keyboard.type('rust');
    await popup.waitForSelector('[role="option"][aria-selected="true"]');
    await expect.poll(() => popup.$eval('[role="option"][aria-selected="true"]', (e) => e.textContent), UNTIL).toMatch(/^Rust/);
    await popup.keyboard.press('Enter');
    const years = await popup.waitForSelector('::-p-aria(Years of Rust)');
    await years!.type('3');
    await expect.poll(() => popup.$eval('.save-status', (e) => e.textContent), UNTIL).toContain('Saved');
    await popup.screenshot({ path: `${SHOTS}/firefox-popup.png` });

    await ff.reload(popup);
    await popupReady(popup);
    const again = await popup.waitForSelector('::-p-aria(Years of Rust)');
    expect(await again!.evaluate((e) => (e as HTMLInputElement).value)).toBe('3');
    // The imported profile is still there beside it.
    expect(await popup.$('::-p-aria(Years of Python)')).not.toBeNull();
    await popup.close();
  });

  it('raised no error in the pages', () => {
    expect(errors).toEqual([]);
  });
});
