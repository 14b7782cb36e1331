// The side panel in real Chromium with the built extension: the report for a routed fixture posting agrees
// with `npm run fit`; save, status and note survive a reload; CSV export; a missing item highlights its sentence
// on the page; "I have this" moves the score. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { savedRecords } from './saved-db';
import { cliFit, FIXTURE, FIXTURE_URL, putRecords, syntheticPosting, testProfile } from '../sidepanel/e2e-helpers';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const VIEWPORT = { width: 360, height: 780 };

describe('the side panel with a routed posting', () => {
  let browser: Launched;
  let base: string;
  let job: Page;
  let tabId: number;
  const errors: string[] = [];
  const expected = cliFit(testProfile());

  async function openPanel(query = `?tabId=${tabId}`): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(VIEWPORT);
    await page.goto(`${base}${query}`);
    await page.locator('h1').waitFor();
    return page;
  }
  /** The tab opened last (the extension has no "tabs" permission, so tab urls are not visible to it). */
  const newestTabId = () => browser.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id!)));
  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    base = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    // The profile goes in before the posting is evaluated.
    const setup = await openPanel('');
    await putRecords(setup, 'profile', [testProfile()], 'me');
    await setup.close();
    const html = readFileSync(FIXTURE, 'utf8');
    await browser.context.route('https://www.remotewlb.com/**', (route) =>
      new URL(route.request().url()).pathname === new URL(FIXTURE_URL).pathname
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    job = await browser.context.newPage();
    await job.goto(FIXTURE_URL);
    tabId = await newestTabId();
  });
  afterAll(async () => browser?.close());

  it('shows the same score and missing items as npm run fit', async () => {
    const panel = await openPanel();
    const score = panel.locator('.report-head .pf-score');
    await score.waitFor();
    await expect.poll(() => score.getAttribute('aria-label')).toMatch(new RegExp(`^Fit ${expected.report.score} of 100`));
    expect(await panel.locator('#report-title').textContent()).toBe(expected.title);
    const missing = expected.report.items.filter((i) => i.status === 'missing').map((i) => i.name);
    expect(missing.length).toBeGreaterThan(0);
    expect(await panel.locator('.item[data-status="missing"] .item-name').allTextContents()).toEqual(missing);
    const met = expected.report.items.filter((i) => i.status === 'met').map((i) => i.name);
    expect(await panel.locator('.item[data-status="met"] .item-name').allTextContents()).toEqual(met);
    expect(await noHorizontalScroll(panel)).toBe(true);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-report.png` });
    await panel.locator('.item[data-status="missing"]').last().scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SHOTS}/sidepanel-report-missing.png` });
    await panel.locator('.panel-body').evaluate((el) => (el.scrollTop = 0));
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: `${SHOTS}/sidepanel-report-dark.png` });
    await panel.close();
  });

  it('highlights the sentence of a missing item on the page', async () => {
    const panel = await openPanel();
    const item = panel.locator('.item[data-status="missing"] button.item-main').first();
    await item.waitFor();
    const name = await item.locator('.item-name').textContent();
    const sentence = expected.report.items.find((i) => i.name === name)!.sentence!;
    await item.click();
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    await expect.poll(async () => norm(await job.evaluate(() => String(getSelection())))).toContain(norm(sentence).slice(0, 40));
    await panel.close();
  });

  it('saves the posting; status and note survive a reload; CSV export lists it', async () => {
    const panel = await openPanel();
    await panel.getByRole('button', { name: 'Save posting' }).click();
    await panel.getByText('✓ Saved').waitFor();
    await panel.getByRole('tab', { name: /Saved/ }).click();
    const row = panel.locator('.saved-row').first();
    await row.waitFor();
    expect(await row.locator('.saved-title').textContent()).toBe(expected.title);
    expect(await row.locator('.pf-score').getAttribute('aria-label')).toMatch(new RegExp(`^Fit ${expected.report.score} of 100`));
    await row.getByRole('combobox', { name: /Status of/ }).selectOption('interviewing');
    const note = row.getByRole('textbox', { name: /Note on/ });
    await note.fill('Call back, "Tuesday", 10:00');
    await note.press('Enter');
    // Reload only once both edits are stored: a slow machine may take longer than any fixed wait.
    await expect
      .poll(async () => (await savedRecords(panel)).map((p) => [p.status, p.note]))
      .toContainEqual(['interviewing', 'Call back, "Tuesday", 10:00']);
    await panel.reload();
    await panel.getByRole('tab', { name: /Saved/ }).click();
    const again = panel.locator('.saved-row').first();
    await again.waitFor();
    expect(await again.getByRole('combobox', { name: /Status of/ }).inputValue()).toBe('interviewing');
    expect(await again.getByRole('textbox', { name: /Note on/ }).inputValue()).toBe('Call back, "Tuesday", 10:00');
    expect(await noHorizontalScroll(panel)).toBe(true);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-saved.png` });

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /as CSV/ }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows: Record<string, string>[] = parse(csv, { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      title: expected.title,
      company: expected.report && 'Rackspace',
      url: FIXTURE_URL,
      status: 'interviewing',
      note: 'Call back, "Tuesday", 10:00',
      score: String(expected.report.score),
    });
    await panel.close();
  });

  it('"I have this" adds the skill and the score moves at once, as npm run fit says', async () => {
    const panel = await openPanel();
    const first = panel.locator('.item[data-status="missing"]').first();
    await first.waitFor();
    const name = (await first.locator('.item-name').textContent())!;
    const item = expected.report.items.find((i) => i.name === name)!;
    const skillName = item.ids.length > 1 ? name.split(' or ')[0]! : name;
    await first.getByRole('button', { name: `I have ${skillName}: add it to my skills` }).click();
    const after = cliFit(testProfile([{ id: item.ids[0]!, name: skillName, years: null, level: 'working' }]));
    await expect
      .poll(() => panel.locator('.report-head .pf-score').getAttribute('aria-label'))
      .toMatch(new RegExp(`^Fit ${after.report.score} of 100`));
    expect(await panel.locator('.item[data-status="missing"] .item-name').allTextContents()).not.toContain(name);
    // The saved list follows the profile too.
    await panel.getByRole('tab', { name: /Saved/ }).click();
    await expect.poll(() => panel.locator('.saved-row .pf-score').first().getAttribute('aria-label')).toMatch(new RegExp(`^Fit ${after.report.score} of 100`));
    await panel.close();
  });

  it('ranks what to learn next by the saved postings that ask for it, closest fits first', async () => {
    const panel = await openPanel();
    // The profile has Python and Docker but no Terraform or Kafka: Terraform blocks a 67 and a 33.
    await putRecords(panel, 'postings', [
      syntheticPosting(1, { required: ['Python', 'Terraform', 'Apache Kafka'], title: 'Platform Engineer', company: 'Globex' }),
      syntheticPosting(2, { required: ['Python', 'Docker', 'Terraform'], title: 'Backend Engineer', company: 'Acme' }),
      syntheticPosting(3, { required: ['Python', 'Docker', 'Apache Kafka'], title: 'Data Engineer', company: 'Initech' }),
      syntheticPosting(4, { required: ['Python', 'Docker', 'Kubernetes', 'Apache Kafka'], title: 'Streaming Engineer', company: 'Hooli' }),
    ]);
    await panel.reload();
    await panel.getByRole('tab', { name: 'Learn next' }).click();
    const names = panel.locator('.learn-item .learn-name');
    await names.first().waitFor();
    // Kafka: 0.33 + 0.67 + 0.63 (three postings); Terraform: 0.67 + 0.33 (two): Kafka first.
    expect((await names.allTextContents()).slice(0, 2)).toEqual(['Apache Kafka', 'Terraform']);
    expect(await panel.locator('.learn-item').nth(1).locator('.learn-count').textContent()).toBe('2 postings');
    await panel.locator('.learn-item summary').nth(1).click();
    expect(await panel.locator('.learn-item').nth(1).locator('.learn-postings li').allTextContents()).toEqual([
      expect.stringContaining('Backend Engineer'),
      expect.stringContaining('Platform Engineer'),
    ]);
    expect(await noHorizontalScroll(panel)).toBe(true);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-learn.png` });
    await panel.getByRole('tab', { name: /Saved/ }).click();
    await panel.locator('.saved-row').nth(3).waitFor();
    await panel.screenshot({ path: `${SHOTS}/sidepanel-saved-many.png` });
    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.screenshot({ path: `${SHOTS}/sidepanel-saved-dark.png` });
    await panel.close();
  });

  it('says when a tab shows no posting, and offers to evaluate it', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${base}`); // an extension page: no content script, the background knows nothing of it
    const otherId = await newestTabId();
    const panel = await openPanel(`?tabId=${otherId}`);
    await panel.getByRole('button', { name: 'Evaluate this page' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Evaluate selected text' }).isVisible()).toBe(true);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-not-posting.png` });
    await panel.close();
    await other.close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
