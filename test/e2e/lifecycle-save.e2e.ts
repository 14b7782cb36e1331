// Saving a posting from the side panel while the service worker is killed (extension-control.ts) at a sweep of
// moments: 0 saves lost, 0 duplicates. The panel writes the posting to IndexedDB itself and asks the worker
// only for the tab's report, so the kills aim at that: right after Save is clicked, while the panel opens (its
// report:get in flight), and while the worker evaluates the page (worker-hold.ts). After each kill the user does
// what a user would (waits for "✓ Saved", else clicks what the panel offers, or reopens it); then the database
// must hold the posting exactly once, and every posting saved before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Launched } from './browser';
import type { WorkerControl } from './extension-control';
import { launchForKills } from './kill-setup';
import { fixture, readOverlay } from './pages';
import { newestTabId, savedUrls, expectSavedOnce as expectSavedOnceIn } from './saved-db';
import { killAt } from './worker-hold';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
const postingUrl = (n: number) => `${REMOTEWLB.url}-p${n}`;
const POSTINGS = 20;

describe('saving from the side panel while the service worker is killed', () => {
  let browser: Launched;
  let control: Page; // an extension page: reads the database, finds tab ids, holds the CDP session
  let worker: WorkerControl;
  let n = 0;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ({ browser, control, worker } = await launchForKills(REMOTEWLB.file, Array.from({ length: POSTINGS }, (_, i) => postingUrl(i))));
  });
  afterAll(async () => {
    await worker?.detach();
    await browser?.close();
  });

  const badge = (page: Page) => readOverlay(page).then((o) => o.kind);

  /** A new posting tab; `evaluated` waits for its badge's score (the background has evaluated it). */
  async function openPosting(evaluated = true): Promise<{ page: Page; url: string; tabId: number }> {
    const url = postingUrl(n++);
    const page = await browser.context.newPage();
    await page.goto(url);
    if (evaluated) await expect.poll(() => badge(page)).toBe('score');
    return { page, url, tabId: await newestTabId(control) };
  }

  async function openPanel(tabId: number): Promise<Page> {
    const panel = await browser.context.newPage();
    panel.on('pageerror', (e) => errors.push(e.message));
    await panel.setViewportSize({ width: 360, height: 780 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    return panel;
  }

  /** Until the panel says "✓ Saved": click what it offers (Save, or Evaluate this page), reopen it when it shows
   * none of them for a while, as a person would. Any timing ends in "✓ Saved"; only the test's timeout bounds the
   * tries. Returns the panel finally open. */
  async function saveAsUser(panel: Page, tabId: number): Promise<Page> {
    for (;;) {
      const saved = panel.getByText('✓ Saved');
      const save = panel.getByRole('button', { name: 'Save posting' });
      const evaluate = panel.getByRole('button', { name: 'Evaluate this page' });
      const seen = await Promise.race([
        saved.waitFor({ timeout: 4000 }).then(() => 'saved'),
        save.waitFor({ timeout: 4000 }).then(() => 'save'),
        evaluate.waitFor({ timeout: 4000 }).then(() => 'evaluate'),
      ]).catch(() => 'nothing');
      if (seen === 'saved') return panel;
      // A button seen a moment ago may be gone by now (the click before this one just saved): a bounded click, as
      // a person tries once and looks again, not Playwright's default 30 s wait for a button that will not return.
      if (seen === 'save') await save.click({ timeout: 4000 }).catch(() => {});
      else if (seen === 'evaluate') await evaluate.click({ timeout: 4000 }).catch(() => {});
      else {
        await panel.close();
        panel = await openPanel(tabId);
      }
    }
  }

  const expectSavedOnce = (url: string, before: string[]) => expectSavedOnceIn(control, url, before);

  it.each([0, 10, 25, 50, 100, 250])('killed %i ms after Save is clicked', async (delay) => {
    const before = await savedUrls(control);
    const { page, url, tabId } = await openPosting();
    const panel = await openPanel(tabId);
    const save = panel.getByRole('button', { name: 'Save posting' });
    await save.waitFor();
    await save.click();
    await panel.waitForTimeout(delay);
    expect(await worker.kill()).toBe(true);
    await (await saveAsUser(panel, tabId)).close();
    await expectSavedOnce(url, before);
    await page.close();
  });

  it.each([0, 50, 150, 400])('killed %i ms after the panel starts opening', async (delay) => {
    const before = await savedUrls(control);
    const { page, url, tabId } = await openPosting();
    const opening = openPanel(tabId);
    await control.waitForTimeout(delay);
    await worker.kill();
    await (await saveAsUser(await opening, tabId)).close();
    await expectSavedOnce(url, before);
    await page.close();
  });

  it('killed while it evaluates the page: the badge comes back by itself, and the panel saves the posting once', async () => {
    const before = await savedUrls(control);
    const { killed } = await killAt(control, worker, 'profile');
    const { page, url, tabId } = await openPosting(false);
    await killed;
    // The content script sends the page again to a fresh worker (lib/content/runner.ts), which records the tab.
    await expect.poll(() => badge(page)).toBe('score');
    const panel = await openPanel(tabId);
    await panel.getByRole('button', { name: 'Save posting' }).click();
    await panel.getByText('✓ Saved').waitFor();
    await expectSavedOnce(url, before);
    await panel.close();
    await page.close();
  });

  it('a write that fails says "not saved, try again"; the second click saves the posting once', async () => {
    const before = await savedUrls(control);
    const { page, url, tabId } = await openPosting();
    const panel = await openPanel(tabId);
    const save = panel.getByRole('button', { name: 'Save posting' });
    await save.waitFor();
    // The panel's next write to the postings store fails, as IndexedDB fails a write whose transaction aborts.
    await panel.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
        if (this.name !== 'postings') return put.apply(this, args);
        IDBObjectStore.prototype.put = put;
        throw new DOMException('The transaction was aborted.', 'AbortError');
      };
    });
    await save.click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/^Not saved: .*Try again\.$/);
    expect(await save.isEnabled()).toBe(true);
    expect(await savedUrls(control)).toEqual(before);
    await panel.screenshot({ path: `${SHOTS}/sidepanel-save-error.png` });
    await save.click();
    await panel.getByText('✓ Saved').waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    await expectSavedOnce(url, before);
    await panel.close();
    await page.close();
  });

  it('raised no page errors in the panel', () => expect(errors).toEqual([]));
});
