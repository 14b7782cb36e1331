// Issue 14 in real Chromium with the built extension: a profile written by name (skills as typed, CEFR levels)
// imported through the popup, then a posting page whose overlay says how many requirements were found, with the
// same score as `npm run fit` with that file. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, type Launched } from './browser';
import { cliFit, fixture, importFile, readOverlay, serve } from './pages';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
// A nursing posting (JSON-LD, written for the tests) at a Workable job address, and a nurse's profile by name.
const NURSING = {
  file: resolve(import.meta.dirname, '../fixtures/written/icu-registered-nurse.html'),
  url: 'https://apply.workable.com/example-health/j/4F2A9C1B7E/',
};
const NURSE = {
  skills: [
    { name: 'Patient care', years: 6, level: 'expert' }, { name: 'Nursing', years: 6, level: 'expert' }, { name: 'Critical care', years: 4 },
    { name: 'Medication administration', years: 6 }, { name: 'Epic', years: 3 }, { name: 'Infection control', years: 5 },
  ],
  certifications: ['Registered Nurse (RN) license, Colorado', 'BLS', 'ACLS'],
  languages: [{ name: 'English', level: 'native' }],
  degree: 'bachelor',
};
const BY_NAME = {
  skills: [
    { name: 'Python', years: 8, level: 'expert' }, { name: 'k8s', years: 5, level: 'expert' }, { name: 'GCP', years: 5, level: 'expert' },
    { name: 'TensorFlow', years: 4 }, { name: 'Terraform', years: 4 }, { name: 'Docker', years: 6 }, { name: 'Zigbee Stack', years: 1 },
  ],
  languages: [{ name: 'English', level: 'C2' }, { name: 'German', level: 'B1' }],
  degree: 'master',
};

describe('a profile by name, and the requirements found', () => {
  let browser: Launched;
  let profileFile: string;
  let nurseFile: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'postfit-byname-'));
    profileFile = join(dir, 'me.json');
    nurseFile = join(dir, 'nurse.json');
    writeFileSync(profileFile, JSON.stringify(BY_NAME));
    writeFileSync(nurseFile, JSON.stringify(NURSE));
    browser = await launchWithExtension();
    await serve(browser.context, new Map([[REMOTEWLB.url, readFileSync(REMOTEWLB.file, 'utf8')], [NURSING.url, readFileSync(NURSING.file, 'utf8')]]));
  });

  afterAll(async () => browser?.close());

  it('imports the profile through the popup, resolving names through the alias lookup', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    await popup.getByText('Backup', { exact: true }).click();
    await popup.locator('input[type="file"][aria-label="Backup file to import"]').setInputFiles(profileFile);
    await expect.poll(() => popup.getByText('kept as typed').textContent(), ).toContain('Zigbee Stack');
    await popup.screenshot({ path: `${SHOTS}/popup-import-by-name.png`, fullPage: true });
    await popup.getByRole('button', { name: 'Replace' }).click();
    await popup.getByRole('status').filter({ hasText: /Profile now replaces your profile/ }).waitFor();
    // The skill list shows the canonical names the aliases resolved to.
    await expect.poll(() => popup.locator('main').textContent()).toContain('Kubernetes');
    await popup.close();
  });

  it('shows the score of `npm run fit` with the same file, and how many requirements were found', async () => {
    const expected = cliFit(REMOTEWLB.file, REMOTEWLB.url, profileFile);
    expect(expected.report.score).not.toBeNull();
    const page = await browser.context.newPage();
    await page.goto(REMOTEWLB.url);
    await expect.poll(() => readOverlay(page).then((o) => o.kind)).toBe('score');
    const o = await readOverlay(page);
    expect(o.text).toContain(`${expected.report.score}`);
    expect(o.text).toContain(`${expected.report.found} requirements`);
    await page.screenshot({ path: `${SHOTS}/overlay-requirements-found.png` });
    await page.close();
  });

  it('gives a nurse a score on a nursing posting, the command line’s, not "Too few requirements found"', async () => {
    await importFile(browser, nurseFile, /Profile now replaces your profile/);
    const expected = cliFit(NURSING.file, NURSING.url, nurseFile);
    expect(expected.report.score).not.toBeNull();
    const page = await browser.context.newPage();
    await page.goto(NURSING.url);
    await expect.poll(() => readOverlay(page).then((o) => o.kind)).toBe('score');
    const o = await readOverlay(page);
    expect(o.text).toMatch(new RegExp(`^${expected.report.score}\\D`));
    expect(o.text).not.toContain('Too few requirements found');
    await page.screenshot({ path: `${SHOTS}/overlay-nurse.png` });
    await page.close();
  });
});
