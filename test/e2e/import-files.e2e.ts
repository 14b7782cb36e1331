// Issue 15 in real Chromium with the built extension: each kind of file chosen through the popup's file picker (a
// PDF CV, a Word CV, a JSON Resume, a LinkedIn data export), reviewed, saved; the side panel's score for an open
// posting follows each import. Broken files leave a message and change nothing. Screenshots in test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { zipSync } from 'fflate';
import { launchWithExtension, type Launched } from './browser';
import { fixture, newestTabId, serve } from './pages';
import { cliFit } from '../sidepanel/e2e-helpers';
import type { Profile } from '../../lib/profile/schema';
import { textPdf, scannedPdf, type Run } from '../import/make-pdf';
import { docx, para, run } from '../import/docx-files';
import { CERTIFICATIONS, EDUCATION, LANGUAGES, POSITIONS, SKILLS, linkedInZip } from '../import/linkedin-files';

const LINKEDIN = { 'Positions.csv': POSITIONS, 'Languages.csv': LANGUAGES, 'Certifications.csv': CERTIFICATIONS, 'Education.csv': EDUCATION };

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const POSTING = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');

const PDF_CV: Run[][] = [
  [
    { x: 72, y: 740, parts: ['Jane Doe — Machine Learning Engineer'], size: 14 },
    { x: 72, y: 700, parts: ['EXPERIENCE'], size: 12 },
    { x: 72, y: 680, parts: ['Acme Analytics, ML Engineer'] },
    { x: 400, y: 680, parts: ['2017 – present'] },
    { x: 72, y: 664, parts: ['Trained TensorFlow models in Python; served them on Kubernetes in GCP.'] },
    { x: 72, y: 630, parts: ['EDUCATION'], size: 12 },
    { x: 72, y: 610, parts: ['MSc Computer Science, TU Delft, 2016'] },
    { x: 72, y: 580, parts: ['LANGUAGES'], size: 12 },
    { x: 72, y: 560, parts: ['English (C2), Dutch – native'] },
  ],
];
const DOCX_CV = docx(
  [
    para(run('EXPERIENCE')),
    para(run('Platform Engineer, Globex'), run('\t2015 – 2017')),
    para(run('Java services; infrastructure with Terraform and Docker; CI on GitHub Actions.')),
  ].join(''),
);
const RESUME = {
  basics: { name: 'Jane Doe' },
  work: [{ name: 'Initech', position: 'Data Engineer', startDate: '2012-01', endDate: '2015-01', highlights: ['Apache Spark and Airflow pipelines'] }],
  skills: [{ name: 'Machine Learning', level: 'Expert' }, { name: 'SQL' }],
  certificates: [{ name: 'Google Cloud Professional Machine Learning Engineer', issuer: 'Google' }],
};
/** The profile as the popup stored it (IndexedDB `postfit`, store `profile`, key `me`). */
const storedProfile = (page: Page): Promise<Profile> =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('postfit');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      return await new Promise<Profile>((ok, fail) => {
        const r = db.transaction('profile').objectStore('profile').get('me');
        r.onsuccess = () => ok(r.result as Profile);
        r.onerror = () => fail(r.error);
      });
    } finally {
      db.close();
    }
  });

const file = (name: string, mimeType: string, bytes: Uint8Array | string) => ({
  name,
  mimeType,
  buffer: Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes),
});

describe('importing a profile from files through the popup', () => {
  let browser: Launched;
  let popup: Page;
  let panel: Page;
  const workers: string[] = [];

  const picker = () => popup.locator('input[type="file"][aria-label="CV or profile file to import"]');
  const panelScore = async () => (await panel.locator('.report-head .pf-score').getAttribute('aria-label')) ?? '';
  const skillNames = () => popup.locator('.skill-row .skill-name').allTextContents();
  const review = () => popup.getByRole('group', { name: /^Found/ });

  /** The side panel, open on the posting's tab, shows the score `npm run fit` gives with the profile now stored. */
  async function scoreFollows(): Promise<void> {
    const want = cliFit(await storedProfile(popup)).report.score;
    await expect.poll(panelScore, { timeout: 20_000 }).toMatch(new RegExp(`^Fit ${want} of 100`));
  }

  /** Chooses the file, screenshots the review, adds what starts ticked; `moves`: the score must change. */
  async function importThrough(f: ReturnType<typeof file>, shot: string, moves = true): Promise<string[]> {
    const before = await panelScore();
    await picker().setInputFiles(f);
    await review().waitFor();
    await review().scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/${shot}.png`, fullPage: true });
    const sources = await popup.locator('.cv-found-source').allTextContents();
    await popup.getByRole('button', { name: /^Add \d+ items?$/ }).click();
    await popup.locator('.cv-added').filter({ hasText: /^Added \d+ items? to your profile\.$/ }).waitFor();
    if (moves) await expect.poll(panelScore, { timeout: 20_000 }).not.toBe(before);
    await scoreFollows();
    return sources;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    await serve(browser.context, new Map([[POSTING.url, readFileSync(POSTING.file, 'utf8')]]));
    const job = await browser.context.newPage();
    await job.goto(POSTING.url);
    const tabId = await newestTabId(browser);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 780 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('h1').waitFor();
    popup = await browser.context.newPage();
    popup.on('worker', (w) => workers.push(w.url()));
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    await popup.locator('summary').filter({ hasText: 'Import from CV' }).click();
  });
  afterAll(async () => browser?.close());

  it('reads a PDF CV: skills with the job their years rest on, degree and languages; the score follows', async () => {
    const sources = await importThrough(file('jane-cv.pdf', 'application/pdf', textPdf(PDF_CV)), 'popup-import-pdf');
    expect(sources.join('\n')).toContain('2017–now at Acme Analytics, ML Engineer');
    expect(sources.join('\n')).toContain('MSc Computer Science, TU Delft, 2016');
    expect(await skillNames()).toEqual(expect.arrayContaining(['Python', 'TensorFlow', 'Kubernetes']));
    await popup.getByText('Degree, languages, certifications', { exact: true }).click();
    await expect.poll(() => popup.locator('main').textContent()).toContain('Dutch');
    await popup.getByText('Degree, languages, certifications', { exact: true }).click();
    expect(await panelScore()).toMatch(/^Fit \d+ of 100/);
  });

  it('reads a Word CV', async () => {
    const sources = await importThrough(file('cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', DOCX_CV), 'popup-import-docx', false);
    expect(sources.join('\n')).toContain('2015–2017 at Platform Engineer, Globex');
    expect(await skillNames()).toEqual(expect.arrayContaining(['Java', 'Terraform', 'Docker']));
    // The unzip ran off the popup's thread, in the extension's own worker.
    expect(workers).toContainEqual(expect.stringMatching(new RegExp(`^chrome-extension://${browser.extensionId}/assets/unpack\\.worker-[\\w-]+\\.js$`)));
  });

  it('reads a JSON Resume', async () => {
    await importThrough(file('resume.json', 'application/json', JSON.stringify(RESUME)), 'popup-import-json-resume');
    expect(await skillNames()).toEqual(expect.arrayContaining(['Apache Spark', 'Machine Learning']));
  });

  it('reads a LinkedIn data export, leaving an unknown name unticked', async () => {
    const zip = linkedInZip({ ...LINKEDIN, 'Skills.csv': `${SKILLS}Microsoft Azure\n` });
    await picker().setInputFiles(file('Basic_LinkedInDataExport.zip', 'application/zip', zip));
    await review().waitFor();
    const unknown = popup.getByRole('checkbox', { name: /^Frobnicator 3000/ });
    expect(await unknown.isChecked()).toBe(false);
    expect(await popup.locator('.cv-found-source').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/at Acme Corp/)]));
    await popup.screenshot({ path: `${SHOTS}/popup-import-linkedin.png`, fullPage: true });
    await popup.getByRole('button', { name: /^Add \d+ items?$/ }).click();
    await popup.locator('.cv-added').filter({ hasText: /^Added/ }).waitFor();
    expect(await skillNames()).toEqual(expect.arrayContaining(['PostgreSQL']));
    expect(await skillNames()).not.toContain('Frobnicator 3000');
    await scoreFollows();
  });

  it('exports the profile as a JSON Resume that imports back to the same profile', async () => {
    const before = await skillNames();
    await popup.locator('summary').filter({ hasText: 'Backup' }).click();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export JSON Resume' }).click()]);
    expect(download.suggestedFilename()).toBe('postfit-profile.resume.json');
    const path = join(mkdtempSync(join(tmpdir(), 'postfit-resume-')), 'resume.json');
    await download.saveAs(path);
    const resume = JSON.parse(readFileSync(path, 'utf8')) as { skills: { name: string }[] };
    expect(resume.skills.map((s) => s.name).sort()).toEqual([...before].sort());
    await popup.locator('summary').filter({ hasText: 'Backup' }).click();
    await picker().setInputFiles(path);
    await review().waitFor();
    // Everything in the file is already in the profile: nothing starts ticked, and the profile is unchanged.
    expect(await popup.getByRole('button', { name: 'Add 0 items' }).isDisabled()).toBe(true);
    const sources = await popup.locator('.cv-found-source').allTextContents();
    expect(sources.filter((t) => t.includes('in profile'))).toHaveLength(before.length);
    await popup.getByRole('button', { name: 'Cancel' }).click();
    expect(await skillNames()).toEqual(before);
  });

  it.each([
    ['a ZIP named .pdf', file('cv.pdf', 'application/pdf', zipSync({ 'a.txt': new Uint8Array([104, 105]) })), /named like a PDF but holds a ZIP/],
    ['a scanned PDF', file('scan.pdf', 'application/pdf', scannedPdf()), /no text layer/i],
    ['an empty file', file('empty.docx', 'application/octet-stream', new Uint8Array()), /empty/i],
    ['broken JSON', file('resume.json', 'application/json', '{"skills": ['), /JSON/],
  ])('refuses %s with a message and changes nothing', async (_what, f, message) => {
    const before = await skillNames();
    await picker().setInputFiles(f);
    const alert = popup.locator('.cv-import [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(await alert.textContent()).toContain('Nothing was changed');
    expect(await skillNames()).toEqual(before);
    if (f.name === 'scan.pdf') await popup.screenshot({ path: `${SHOTS}/popup-import-scanned.png` });
  });
});
