// Hostile imported files in real Chromium with the built extension (issue #7, Trust): a backup whose every string
// field carries the corpus (skill names and ids, languages, certifications, titles, saved postings' titles, notes,
// evidence, javascript:/data:/vbscript: urls, settings) goes in through the popup's file input and is shown in the
// popup and the side panel; hostile bad backups are refused with their problems listed and nothing changed; a
// hostile CV is pasted and its skills added. Expected: no marker request, no CSP report, no dialog, no page error;
// text shown literally; links http(s) only; no on* attribute or active element in our UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { asName, hostileBackup, HOSTILE_CV, POSTING_CASES, refusedBackups } from '../fixtures/hostile/files';
import { SMALL } from '../fixtures/hostile/payloads';
import { auditPage, watchContext, type Audit, type Watch } from '../fixtures/hostile/watch';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const NOTHING = { handlers: [], active: [], badUrls: [] };
const clean = (a: Audit) => ({ handlers: a.handlers, active: a.active, badUrls: a.badUrls });
const httpOnly = (a: Audit) => a.links.filter((l) => !/^https?:\/\//.test(l));

/** Everything the extension's database holds, read raw (the popup has opened it). */
const dbDump = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('postfit');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const out = JSON.stringify([await all('profile'), await all('postings'), await all('settings')]);
    db.close();
    return out;
  });

describe('hostile imported files', () => {
  let browser: Launched;
  let w: Watch;
  let popup: Page;
  const data = hostileBackup();

  const expectQuiet = (where: string) => expect({ where, hits: w.hits, csp: w.csp, dialogs: w.dialogs, errors: w.errors }).toEqual({ where, hits: [], csp: [], dialogs: [], errors: [] });
  const choose = (name: string, body: string) =>
    popup.locator('input[type="file"][aria-label="Backup file to import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    w = await watchContext(browser.context, []);
    popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('main[aria-busy="false"]').waitFor();
  });
  afterAll(async () => browser?.close());

  it('imports a backup with a payload in every string field and shows each literally, running nothing', async () => {
    await popup.getByText('Backup', { exact: true }).click();
    const name = `${SMALL.find((p) => p.name === 'bidi-rlo')!.text} <b>backup</b>.json`;
    await choose(name, JSON.stringify(data));
    await expect.poll(() => popup.locator('#import-choice-title').textContent()).toBe(`Import “${name}”?`);
    expect(clean(await auditPage(popup))).toEqual(NOTHING);
    await popup.getByRole('button', { name: 'Replace' }).click();
    await expect.poll(() => popup.locator('.backup [role="status"]').textContent()).toBe('Backup now replaces what you had');

    const skills = popup.locator('.skill-list .skill-name');
    await expect.poll(() => skills.count()).toBe(data.profile.skills.length);
    expect((await skills.allTextContents()).sort()).toEqual(data.profile.skills.map((s) => s.name).sort());
    await popup.getByText('Degree, languages, certifications', { exact: true }).click();
    await popup.getByText('Job preferences', { exact: true }).click();
    expect(await popup.locator('ul[aria-label="Your languages"] li .grow').allTextContents()).toEqual(data.profile.languages.map((l) => l.name));
    expect(await popup.locator('ul[aria-label="Certifications"] .pf-chip span').allTextContents()).toEqual(data.profile.certifications);
    const titles = await popup.locator('.pf-chips .pf-chip span').allTextContents();
    for (const t of data.profile.preferences.titles) expect(titles).toContain(t);
    const audit = await auditPage(popup);
    expect(clean(audit)).toEqual(NOTHING);
    expect(httpOnly(audit)).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/hostile-popup-imported.png` });
    expectQuiet('backup import');
  });

  it('refuses hostile bad backups with their problems listed, and changes nothing', async () => {
    const before = await dbDump(popup);
    for (const file of refusedBackups()) {
      await choose(file.name, file.body);
      const errors = popup.locator('.backup-errors');
      await expect.poll(() => errors.textContent()).toContain(`“${file.name}” was not imported; nothing was changed`);
      expect((await errors.locator('li').allTextContents()).join('\n'), file.name).toMatch(file.says);
      expect(clean(await auditPage(popup)), file.name).toEqual(NOTHING);
      expect(await dbDump(popup), file.name).toBe(before);
    }
    // The duplicate id, a payload, is named in its message as text.
    await choose(refusedBackups()[0]!.name, refusedBackups()[0]!.body);
    await expect.poll(() => popup.locator('.backup-errors li').allTextContents()).toContain(`profile.skills[1].id: duplicate of skills[0].id "${SMALL[0]!.text}"`);
    await popup.screenshot({ path: `${SHOTS}/hostile-popup-refused.png` });
    expect(await dbDump(popup)).toBe(before);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await popup.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    expectQuiet('refused backups');
  });

  it('reads a hostile CV and a hostile skill search as text', async () => {
    await popup.getByText('Import from CV', { exact: true }).click();
    await popup.getByLabel('Text of your CV').fill(HOSTILE_CV);
    await popup.getByRole('button', { name: 'Find skills' }).click();
    const found = popup.locator('.cv-found-list li');
    await found.first().waitFor();
    expect(await popup.locator('.cv-found-name').allTextContents()).toEqual(expect.arrayContaining(['Python', 'Kubernetes']));
    expect(clean(await auditPage(popup))).toEqual(NOTHING);
    await popup.getByRole('button', { name: /^Add \d+ items?$/ }).click();
    await expect.poll(() => popup.locator('.cv-added').textContent()).toMatch(/^Added \d+ items? to your profile\.$/);

    const search = popup.getByRole('combobox', { name: 'Add a skill' });
    const typed = SMALL.find((p) => p.name === 'img-onerror')!.text;
    await search.fill(typed);
    await search.press('Enter');
    await expect.poll(() => search.inputValue()).toBe(''); // picked: what it rendered is on screen
    expect(clean(await auditPage(popup))).toEqual(NOTHING);
    expectQuiet('cv and search');
  });

  it('lists the imported postings in the side panel: titles as text, links only for http(s) urls', async () => {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 780 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?view=saved`);
    await panel.locator('.saved-row').first().waitFor();
    expect(clean(await auditPage(panel))).toEqual(NOTHING);
    const search = panel.getByRole('searchbox', { name: 'Search saved postings' });
    for (const c of POSTING_CASES.filter((x) => x.payload.url || x.payload.category === 'script')) {
      await search.fill(c.word);
      const row = panel.locator('.saved-row');
      await expect.poll(() => row.count(), { message: c.payload.name }).toBe(1);
      expect(await row.locator('.saved-title').textContent(), c.payload.name).toBe(c.payload.text.slice(0, 1000));
      const hrefs = await row.locator('.saved-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs, c.payload.name).toEqual(c.linkable ? [new URL(c.url).href] : []);
      for (const h of hrefs) expect(new URL(h).hostname, c.payload.name).toMatch(/^[\x21-\x7e]+$/); // homoglyphs shown as punycode
    }
    await search.fill('');
    expect(clean(await auditPage(panel))).toEqual(NOTHING);

    await panel.getByRole('tab', { name: 'Learn next' }).click();
    const summaries = panel.locator('.learn-item summary');
    await summaries.first().waitFor();
    const n = Math.min(await summaries.count(), 12);
    for (let i = 0; i < n; i++) await summaries.nth(i).click();
    const learn = await auditPage(panel);
    expect(clean(learn)).toEqual(NOTHING);
    expect(learn.links.length).toBeGreaterThan(0);
    expect(httpOnly(learn)).toEqual([]);
    await panel.screenshot({ path: `${SHOTS}/hostile-sidepanel-learn.png` });
    await panel.close();
    expectQuiet('side panel');
  });

  it('shows the imported names literally after a reopen, and stayed quiet throughout', async () => {
    await popup.reload();
    await popup.locator('main[aria-busy="false"]').waitFor();
    const names = await popup.locator('.skill-list .skill-name').allTextContents();
    for (const p of SMALL.slice(0, 10)) expect(names).toContain(asName(p));
    expect(clean(await auditPage(popup))).toEqual(NOTHING);
    expectQuiet('end');
  });
});
