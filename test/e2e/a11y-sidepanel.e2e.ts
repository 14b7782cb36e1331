// axe-core on the side panel in real Chromium (issue #7): the empty states (no posting on the tab, nothing saved,
// nothing to learn), the report for a real posting, the saved list with items, learn-next with an entry open, in
// light and dark mode. 0 violations of wcag2a/aa, wcag21a/aa and best-practice. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { newestTabId } from './pages';
import { FIXTURE, FIXTURE_URL, putRecords, syntheticPosting, testProfile } from '../sidepanel/e2e-helpers';
import { bothSchemes as axeBothSchemes } from './a11y-axe';

const SHOTS = resolve(import.meta.dirname, '../../test-results');

describe('axe on the side panel', () => {
  let browser: Launched;
  let base: string;

  async function panel(query: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${base}${query}`);
    await page.locator('h1').waitFor();
    return page;
  }

  const bothSchemes = (page: Page, name: string) => axeBothSchemes(page, `${SHOTS}/a11y-sidepanel-${name}`);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    base = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    const html = readFileSync(FIXTURE, 'utf8');
    await browser.context.route('https://www.remotewlb.com/**', (route) =>
      new URL(route.request().url()).pathname === new URL(FIXTURE_URL).pathname
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
  });
  afterAll(async () => browser?.close());

  it('empty states: a tab without a posting, nothing saved, nothing to learn', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${base}`);
    const page = await panel(`?tabId=${await newestTabId(browser)}`);
    await page.getByRole('button', { name: 'Evaluate this page' }).waitFor();
    const found: Record<string, unknown> = { report: await bothSchemes(page, 'not-posting') };
    await page.getByRole('tab', { name: /Saved/ }).click();
    await page.getByText(/No saved postings yet/).waitFor();
    found.saved = await bothSchemes(page, 'saved-empty');
    await page.getByRole('tab', { name: 'Learn next' }).click();
    await page.locator('.learn-empty').waitFor();
    found.learn = await bothSchemes(page, 'learn-empty');
    expect(found).toEqual({ report: {}, saved: {}, learn: {} });
    await page.close();
    await other.close();
  });

  it('the report for a real posting, the saved list and learn-next with items', async () => {
    const setup = await panel('');
    await putRecords(setup, 'profile', [testProfile()], 'me');
    await putRecords(setup, 'postings', [1, 2, 3, 4, 5].map((i) => syntheticPosting(i)));
    await setup.close();
    const job = await browser.context.newPage();
    await job.goto(FIXTURE_URL);
    const page = await panel(`?tabId=${await newestTabId(browser)}`);
    await page.locator('.report-head .pf-score').waitFor();
    await page.locator('.item').first().waitFor();
    const found: Record<string, unknown> = { report: await bothSchemes(page, 'report') };
    await page.getByRole('button', { name: 'Save posting' }).click();
    await page.getByText('✓ Saved').waitFor();
    found.saved = await bothSchemes(page, 'report-saved');
    await page.getByRole('tab', { name: /Saved/ }).click();
    await page.locator('.saved-row').nth(3).waitFor();
    found.list = await bothSchemes(page, 'saved');
    await page.getByRole('tab', { name: 'Learn next' }).click();
    await page.locator('.learn-item summary').first().click();
    found.learn = await bothSchemes(page, 'learn');
    expect(found).toEqual({ report: {}, saved: {}, list: {}, learn: {} });
    await page.close();
    await job.close();
  });
});
