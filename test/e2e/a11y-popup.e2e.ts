// axe-core on the popup in real Chromium (issue #7): first run, an error state, a filled profile with every section
// open, the CV import list and the skill suggestions, in light and dark mode. 0 violations of wcag2a/aa, wcag21a/aa
// and best-practice. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { importProfile } from './pages';
import { axeViolations, bothSchemes as axeBothSchemes } from './a11y-axe';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const CV = 'Jane Doe, backend engineer\n5 years of Python. Go (2 yrs).\nAcme GmbH, 2019–2023\n- Ran services on Terraform; APIs in Python.\n';

describe('axe on the popup', () => {
  let browser: Launched;
  let url: string;

  async function open(scheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await page.locator('main[aria-busy="false"]').waitFor();
    return page;
  }

  const bothSchemes = (page: Page, name: string) => axeBothSchemes(page, `${SHOTS}/a11y-popup-${name}`, true);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    url = `chrome-extension://${browser.extensionId}/popup.html`;
  });
  afterAll(async () => browser?.close());

  it('first run', async () => {
    const page = await open();
    await page.getByRole('heading', { name: 'Tell Postfit what you know' }).waitFor();
    expect(await bothSchemes(page, 'first-run')).toEqual({});
    await page.close();
  });

  it('an error state: a wrong number, a refused backup', async () => {
    const page = await open();
    const search = page.getByRole('combobox', { name: 'Add a skill' });
    await search.fill('Python');
    await page.getByRole('option', { name: /^Python/ }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]); // the suggestions list open
    await search.press('Enter');
    await page.getByRole('textbox', { name: 'Years of Python' }).fill('lots');
    await page.getByRole('alert').first().waitFor();
    await page.getByText('Backup', { exact: true }).click();
    const bad = { format: 'postfit-backup', version: 1, exportedAt: 0, profile: null, postings: [{ id: 1 }], settings: [] };
    await page.locator('input[type="file"][aria-label="Backup file to import"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.locator('.backup-errors').waitFor();
    expect(await bothSchemes(page, 'errors')).toEqual({});
    await page.close();
  });

  it('a filled profile with every section open, and the CV import list', async () => {
    await importProfile(browser);
    const page = await open();
    for (const name of ['Import from CV', 'Degree, languages, certifications', 'Job preferences', 'Backup', 'About / data credits']) {
      await page.getByText(name, { exact: true }).click();
    }
    await page.getByLabel('Text of your CV').fill(CV);
    await page.getByRole('button', { name: 'Find skills' }).click();
    await page.locator('.cv-found-list li').first().waitFor();
    expect(await bothSchemes(page, 'filled')).toEqual({});
    await page.close();
  });
});
