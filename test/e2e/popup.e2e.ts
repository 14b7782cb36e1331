// The popup (skills-profile editor) in real Chromium with the built extension: first run, adding a skill
// with the keyboard, persistence across reopening, CV import, layout at popup size in light and dark mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const VIEWPORT = { width: 380, height: 600 };

const CV = `Jane Doe, backend engineer
5 years of Python. Go (2 yrs).

Acme GmbH, 2019–2023
- Ran services on Terraform; APIs in Python.
Globex, Jan 2016 - Dec 2018
- Java and PostgreSQL.
`;

describe('the popup', () => {
  let browser: Launched;
  let url: string;
  const errors: string[] = [];

  async function open(): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(VIEWPORT);
    await page.goto(url);
    await page.locator('main[aria-busy="false"]').waitFor();
    return page;
  }

  /** The page must never scroll sideways at popup width. */
  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    url = `chrome-extension://${browser.extensionId}/popup.html`;
  });
  afterAll(async () => browser?.close());

  it('explains what to do on first run', async () => {
    const page = await open();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Postfit');
    await expect.poll(() => page.getByRole('heading', { name: 'Tell Postfit what you know' }).isVisible()).toBe(true);
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/popup-empty.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/popup-empty-dark.png` });
    await page.close();
  });

  it('adds a skill from its alias with the keyboard, and keeps it after reopening', async () => {
    const page = await open();
    const search = page.getByRole('combobox', { name: 'Add a skill' });
    await search.focus();
    await page.keyboard.type('k8s');
    const option = page.getByRole('option', { name: /Kubernetes/ }).first();
    await option.waitFor();
    await page.screenshot({ path: `${SHOTS}/popup-suggestions.png` });
    // The canonical skill is offered first for its alias; arrow down then up lands on it again.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('[role="option"][aria-selected="true"]').textContent()).toMatch(/^Kubernetes/);
    expect(await search.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    const years = page.getByRole('textbox', { name: 'Years of Kubernetes' });
    await years.waitFor();
    expect(await search.inputValue()).toBe('');

    // A wrong value is refused beside the field; a number is saved.
    await years.fill('lots');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Years must be a number');
    expect(await years.getAttribute('aria-invalid')).toBe('true');
    await years.fill('4');
    await expect.poll(() => page.locator('.save-status').textContent()).toContain('Saved');
    expect(await years.getAttribute('aria-invalid')).toBe('false');
    await page.getByRole('combobox', { name: 'Level in Kubernetes' }).selectOption('expert');
    await page.close();

    const again = await open();
    await expect.poll(() => again.getByRole('textbox', { name: 'Years of Kubernetes' }).inputValue()).toBe('4');
    expect(await again.getByRole('combobox', { name: 'Level in Kubernetes' }).inputValue()).toBe('expert');
    expect(await again.getByRole('heading', { name: 'Tell Postfit what you know' }).count()).toBe(0);
    await again.close();
  });

  it('shows a change made in another page at once, and takes skills the taxonomy does not know', async () => {
    const a = await open();
    const b = await open();
    const long = 'Supercalifragilisticexpialidocious-internal-framework';
    await a.getByRole('combobox', { name: 'Add a skill' }).fill(long);
    // Keys pressed at once, while the taxonomy may still be loading: they act on the list as it was shown.
    await a.keyboard.press('ArrowUp');
    await a.keyboard.press('Enter');
    await b.getByRole('textbox', { name: `Years of ${long}` }).waitFor();
    expect(await noHorizontalScroll(b)).toBe(true);
    await b.screenshot({ path: `${SHOTS}/popup-long-name.png` });
    await b.getByRole('button', { name: `Remove ${long}` }).click();
    await expect.poll(() => a.getByRole('textbox', { name: `Years of ${long}` }).count()).toBe(0);
    await a.close();
    await b.close();
  });

  it('imports skills from a pasted CV', async () => {
    const page = await open();
    await page.getByText('Import from CV').click();
    await page.getByLabel('Text of your CV').fill(CV);
    await page.getByRole('button', { name: 'Find skills' }).click();
    const python = page.getByRole('checkbox', { name: /^Python/ });
    await python.waitFor();
    expect(await python.isChecked()).toBe(true);
    await expect.poll(() => page.locator('.cv-found-list').textContent()).toContain('5 yrs');
    await page.getByRole('group', { name: /^Found/ }).scrollIntoViewIfNeeded();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/popup-cv-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    // Untick Terraform, keep the rest.
    await page.getByRole('checkbox', { name: /^Terraform/ }).uncheck();
    await page.getByRole('button', { name: /^Add \d+ items?$/ }).click();
    await page.getByRole('textbox', { name: 'Years of Python' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Years of Python' }).inputValue()).toBe('5');
    expect(await page.getByRole('textbox', { name: 'Years of Java' }).inputValue()).toBe('3');
    expect(await page.getByRole('textbox', { name: 'Years of Terraform' }).count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Years of Kubernetes' }).inputValue()).toBe('4');
    await page.getByText('Import from CV').click(); // close the section again
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/popup-filled.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/popup-filled-dark.png` });
    await page.close();
  });

  it('shows every section without sideways scrolling, with salary errors beside the field', async () => {
    const page = await open();
    for (const name of ['Degree, languages, certifications', 'Job preferences', 'Backup']) await page.getByText(name, { exact: true }).click();
    await page.getByLabel('Languages you speak').fill('German');
    await page.getByRole('button', { name: 'Add' }).first().click();
    await page.getByRole('textbox', { name: 'Minimum salary amount' }).fill('-5');
    await expect.poll(() => page.locator('#salary-amount-error').textContent()).toContain('cannot be negative');
    await page.getByRole('textbox', { name: 'Minimum salary amount' }).fill('60000');
    await expect.poll(() => page.locator('#salary-amount-error').count()).toBe(0);
    await page.getByLabel('Job titles you are interested in').fill('Platform engineer');
    await page.getByLabel('Job titles you are interested in').press('Enter');
    await page.getByText('About / data credits').click();
    await expect.poll(() => page.locator('.credits a').count()).toBeGreaterThan(0);
    for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/^https?:\/\//);
    }
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/popup-sections.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/popup-sections-dark.png`, fullPage: true });
    await page.close();
  });

  it('refuses an invalid backup file, listing the problems, and shows keyboard focus', async () => {
    const page = await open();
    await page.getByText('Backup', { exact: true }).click();
    const bad = { format: 'postfit-backup', version: 1, exportedAt: 0, profile: null, postings: [{ id: 1 }], settings: [] };
    await page.locator('input[type="file"][aria-label="Backup file to import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.locator('.backup-errors').textContent()).toContain('“bad.json” was not imported; nothing was changed');
    expect(await page.locator('.backup-errors li').allTextContents()).toContain('postings[0].id: expected string, received number');
    expect(await page.getByRole('textbox', { name: 'Years of Kubernetes' }).inputValue()).toBe('4');

    // Export downloads a backup; importing it back (merge) is accepted.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^postfit-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved).profile.skills.length).toBeGreaterThan(3);
    await page.locator('input[type="file"][aria-label="Backup file to import"]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
    await page.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => page.locator('.backup [role="status"]').textContent()).toBe('Backup merged into your profile');
    expect(await page.locator('.backup-errors').count()).toBe(0);

    // Keyboard only: Tab from the years box reaches the level, then the remove button; focus is drawn.
    await page.getByRole('textbox', { name: 'Years of Python' }).focus();
    await page.keyboard.type('x');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Level in Python');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/popup-focus-error.png` });
    await page.close();
    expect(errors).toEqual([]);
  });
});
