// Hostile posting pages in real Chromium with the built extension (issue #7, Trust): the corpus of
// test/fixtures/hostile in a board page's own text, in JSON-LD fields and in a 3 MB JSON-LD graph, two of the pages
// under a strict CSP. The content script reads them, the overlay shows the score, the side panel shows the report with
// the payload sentences as evidence, the posting is saved and listed. Expected everywhere: no marker request, no CSP
// report, no dialog, no page error; text shown literally; links http(s) only; no on* attribute in our UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { newestTabId, readOverlay, reportFor } from './pages';
import { putRecords, testProfile } from '../sidepanel/e2e-helpers';
import { HOSTILE_PAGES, STRICT_CSP } from '../fixtures/hostile/pages';
import { PAYLOADS, type Category } from '../fixtures/hostile/payloads';
import { auditOverlay, auditPage, watchContext, type Audit, type Watch } from '../fixtures/hostile/watch';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const CONTROL_URL = 'https://www.remotewlb.com/apply/control-page';

interface Item {
  name: string;
  sentence: string | null;
}
type Report = Awaited<ReturnType<typeof reportFor>> & { report?: { items: Item[] } | null; record?: { title: string | null; company: string | null } };

/** Does a word of Postfit's own render left to right in the element? An override left open in a page's text before it
 * would reverse it ("remotewlb" drawn as "blwetomer"). */
const readsLtr = (page: Page, selector: string, word: string) =>
  page.locator(selector).first().evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const i = n.data.indexOf(w);
      if (i < 0) continue;
      const x = (at: number) => {
        const r = document.createRange();
        r.setStart(n!, at);
        r.setEnd(n!, at + 1);
        return r.getBoundingClientRect().left;
      };
      return x(i) < x(i + w.length - 1);
    }
    return null;
  }, word);

const clean = (a: Audit) => ({ handlers: a.handlers, active: a.active, badUrls: a.badUrls });
const NOTHING = { handlers: [], active: [], badUrls: [] };

describe('hostile posting pages', () => {
  let browser: Launched;
  let w: Watch;
  let panelBase: string;

  const expectQuiet = (where: string) => expect({ where, hits: w.hits, csp: w.csp, dialogs: w.dialogs, errors: w.errors }).toEqual({ where, hits: [], csp: [], dialogs: [], errors: [] });

  async function openPanel(query: string): Promise<Page> {
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 780 });
    await panel.goto(`${panelBase}${query}`);
    await panel.locator('h1').waitFor();
    return panel;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    const control = { url: CONTROL_URL, html: '<!doctype html><title>Control</title><p>Nothing here.</p>', headers: { 'content-security-policy': STRICT_CSP } };
    w = await watchContext(browser.context, [...HOSTILE_PAGES, control]);
    panelBase = `chrome-extension://${browser.extensionId}/sidepanel.html`;
    const setup = await openPanel('');
    await putRecords(setup, 'profile', [testProfile()], 'me');
    await setup.close();
  });
  afterAll(async () => browser?.close());

  it('has a corpus of at least 50 payloads covering every category', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(PAYLOADS.map((p) => p.name)).size).toBe(PAYLOADS.length);
    const all: Category[] = ['script', 'img-onerror', 'svg-onload', 'javascript-link', 'spaced-javascript', 'vbscript', 'data-link', 'data-base64',
      'entity', 'entity-javascript', 'iframe-srcdoc', 'object', 'style-import', 'css-expression', 'mxss', 'markdown', 'template', 'bidi',
      'zero-width', 'homoglyph', 'huge-line', 'event-handler'];
    expect(new Set(PAYLOADS.map((p) => p.category))).toEqual(new Set(all));
  });

  it('sees an execution or a refused one, on an extension page and on a strict-CSP page (the detectors work)', async () => {
    const panel = await openPanel('');
    // eslint-disable-next-line no-restricted-properties -- the control: markup injected on purpose to prove the detectors see it
    await panel.evaluate(() => document.body.insertAdjacentHTML('beforeend', `<img src="https://evil.test/hit?control-load"><img src=x onerror="1">`));
    const page = await browser.context.newPage();
    await page.goto(CONTROL_URL);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: 'https://evil.test/hit?control-csp' })));
    await expect.poll(() => w.hits).toContain('control-load');
    await expect.poll(() => w.csp.join('\n')).toMatch(/script-src-attr[\s\S]*img-src https:\/\/evil\.test\/hit\?control-csp/);
    const audit = await auditPage(panel);
    expect(audit.handlers).toEqual(['img[onerror]']);
    expect(audit.badUrls).toEqual(['img[src]=x']);
    await panel.close();
    await page.close();
    w.reset();
  });

  for (const hp of HOSTILE_PAGES) {
    it(`${hp.name}: overlay, report, saved list and learn-next run nothing and show the text literally`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.goto(hp.url);
      await expect.poll(async () => (await readOverlay(page)).kind, { timeout: 30_000 }).toBe('score');
      const overlay = await auditOverlay(page);
      expect(overlay.found).toBe(true);
      expect(clean(overlay)).toEqual(NOTHING);
      expect(overlay.links).toEqual([]);
      expect((await readOverlay(page)).text).toMatch(/^\d{1,3}(Strong|Partial|Weak) fit(\d+ requirements? found)?×$/);

      const tabId = await newestTabId(browser);
      const bg = (await reportFor(browser, tabId)) as Report;
      expect(bg.status).toBe('posting');
      const items = bg.report!.items.filter((i) => i.sentence);
      const hostile = items.filter((i) => /[<>]|javascript:|\{\{|\u202e/i.test(i.sentence!));
      expect(hostile.length).toBeGreaterThanOrEqual(10); // the payload sentences really are the evidence

      const panel = await openPanel(`?tabId=${tabId}`);
      await panel.locator('.report-head .pf-score').waitFor();
      await panel.locator('.item-sentence').first().waitFor();
      expect(await panel.locator('#report-title').textContent()).toBe(bg.record!.title);
      if (bg.record!.company) expect(await panel.locator('.report-sub').textContent()).toContain(bg.record!.company);
      const shown = await panel.locator('.item-sentence').allTextContents();
      expect(shown.sort()).toEqual(items.map((i) => `“${i.sentence}”`).sort());
      expect(clean(await auditPage(panel))).toEqual(NOTHING);
      if (hp.name === 'board') {
        expect(bg.record!.company).toContain('\u202e'); // an override left open, right before " · remotewlb"
        expect(await readsLtr(panel, '.report-sub', 'remotewlb')).toBe(true);
      }
      await panel.screenshot({ path: `${SHOTS}/hostile-${hp.name}-report.png` });

      // Showing a payload sentence on the page selects it there, as text.
      const sample = hostile.find((i) => i.sentence!.includes('<img'))!;
      await panel.locator('.item-sentence', { hasText: sample.sentence! }).first().click();
      if (hp.name === 'board') {
        await expect.poll(() => page.evaluate(() => String(getSelection()))).toContain('<img');
      }

      await panel.getByRole('button', { name: 'Save posting' }).click();
      await panel.getByText('✓ Saved').waitFor();
      await panel.getByRole('tab', { name: /Saved/ }).click();
      const row = panel.locator('.saved-row', { hasText: bg.record!.title! });
      await row.waitFor();
      expect(await row.locator('.saved-title').textContent()).toBe(bg.record!.title);
      if (hp.name === 'board') expect(await readsLtr(panel, '.saved-meta', 'remotewlb')).toBe(true);
      const saved = await auditPage(panel);
      expect(clean(saved)).toEqual(NOTHING);
      expect(saved.links).toContain(hp.url);
      for (const href of saved.links) expect(href).toMatch(/^https?:\/\//);

      await panel.getByRole('tab', { name: 'Learn next' }).click();
      await panel.locator('.learn-item summary').first().click();
      const learn = await auditPage(panel);
      expect(clean(learn)).toEqual(NOTHING);
      expect(learn.links.length).toBeGreaterThan(0);
      for (const href of learn.links) expect(href).toMatch(/^https?:\/\//);

      await page.waitForTimeout(300); // a late load or report would still be counted
      await panel.close();
      await page.close();
      expectQuiet(hp.name);
    });
  }

  it('left nothing behind: no marker request, CSP report, dialog or page error overall', async () => {
    // zod never probes for eval in the background either (its probe is refused and reported under the CSP).
    const jitless = () => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless;
    expect(await browser.worker.evaluate(jitless)).toBe(true);
    expectQuiet('end');
  });
});
