// The extension reloaded (as an update or chrome://extensions' reload does) while a posting tab is open: the old
// content script is cut off and must leave quietly, the background runs the new one in the tab
// (lib/background/reinject.ts), and the page shows exactly one badge with a score again, without a page reload.
// The badge count is sampled throughout, so a moment with two badges fails the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { OVERLAY_SELECTOR } from '../../components/overlay/overlay';
import { collectErrors, reloadExtension } from './extension-control';
import { fixture, importProfile, readOverlay, serve } from './pages';

const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');

/** chrome://extensions' private API (available on that page only). */
declare const chrome: {
  developerPrivate: { updateExtensionConfiguration(u: { extensionId: string; hostAccess: 'ON_CLICK' }): Promise<void> };
};

/** Reads the overlay every ~50 ms until stop(); the most badges seen at once. */
function sampleOverlays(page: Page): { stop(): Promise<number> } {
  let most = 0;
  let running = true;
  let failure: unknown = null;
  // Kept until stop(): a test that failed before stopping it leaves no unhandled rejection when its page closes.
  const loop = (async () => {
    while (running) {
      most = Math.max(most, (await readOverlay(page)).count);
      await page.waitForTimeout(50);
    }
  })().catch((e: unknown) => {
    failure = e;
  });
  return {
    async stop() {
      running = false;
      await loop;
      if (failure) throw failure;
      return most;
    },
  };
}

/** Marks the badges now on the page as the old version's (the host element is in the page's DOM). */
const markOld = (page: Page) => page.evaluate((sel) => document.querySelectorAll(sel).forEach((h) => h.setAttribute('data-test-old', '')), OVERLAY_SELECTOR);

/** The kind of the one badge a new script drew, or why there is none / more. The kind is inside the closed root,
 * read through the DevTools protocol; the page itself sees none. */
const newBadge = async (page: Page) => {
  const hosts = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((h) => h.hasAttribute('data-test-old')), OVERLAY_SELECTOR);
  if (hosts.length !== 1) return `${hosts.length} badges`;
  return hosts[0] ? 'the old badge' : (await readOverlay(page)).kind;
};

/** Whether a script of this worker's version is live in the tab at `url`: it answers the background's ping (a script
 * an update cut off cannot). Chromium may stop an idle worker and start it again: then the version's running worker
 * is asked (older versions' workers are gone once the last reload is done). */
async function liveIn(worker: Worker, context: BrowserContext, url: string): Promise<boolean> {
  const running = context.serviceWorkers().filter((w) => w.url() === worker.url());
  for (const w of [worker, ...running.reverse()]) {
    const answer = await w
      .evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
        const [tab] = await c.tabs.query({ url: u });
        return tab?.id != null && (await c.tabs.sendMessage(tab.id, { type: 'ping' }, { frameId: 0 }).then((r) => r === true, () => false));
      }, url)
      .catch(() => null); // this worker was stopped
    if (answer !== null) return answer;
  }
  return false;
}

/** The chrome.tabs calls liveIn makes in the worker. */
interface ChromeTabs {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, msg: unknown, opts: { frameId: number }): Promise<unknown>;
  };
}

/** The page's JS event listeners after a garbage collection: the old script's, if it did not leave, stay. */
async function listenerCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSEventListeners')!.value;
  } finally {
    await cdp.detach();
  }
}

describe('reloading the extension with a posting tab open', () => {
  let browser: Launched;

  beforeAll(async () => {
    browser = await launchWithExtension();
    await serve(browser.context, new Map([[REMOTEWLB.url, readFileSync(REMOTEWLB.file, 'utf8')]]));
    await importProfile(browser);
  });
  afterAll(async () => browser?.close());

  async function openPosting(): Promise<{ page: Page; errors: string[]; stop(): Promise<void> }> {
    const page = await browser.context.newPage();
    const heard = await collectErrors(page);
    await page.goto(REMOTEWLB.url);
    await expect.poll(async () => (await readOverlay(page)).kind).toBe('score');
    return { page, ...heard };
  }

  it('hears an error thrown by a content script (the error check below can fail)', async () => {
    const { page, errors, stop } = await openPosting();
    const cdp = await browser.context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' });
    await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: 'setTimeout(() => { throw new Error("probe") }, 0)' });
    await expect.poll(() => errors.join('\n')).toContain('probe');
    await cdp.detach();
    await stop();
    await page.close();
  });

  it('leaves no uncaught error, never two badges, and one badge with a score after the new version starts', async () => {
    const { page, errors, stop } = await openPosting();
    const before = await readOverlay(page);
    const listeners = await listenerCount(page);
    await markOld(page);
    const sampler = sampleOverlays(page);
    await reloadExtension(browser.context, browser.extensionId);
    // The new version's script sends the page and shows the background's answer, without a page reload.
    await expect.poll(() => newBadge(page)).toBe('score');
    // The old script has noticed it is orphaned once its listeners are gone: then it can no longer draw a badge.
    await expect.poll(() => listenerCount(page)).toBeLessThanOrEqual(listeners);
    expect(await sampler.stop()).toBe(1);
    const after = await readOverlay(page);
    expect(after).toEqual({ ...before, count: 1 });
    // The page and the badge still work: a DOM change and a scroll reach only the new script.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(600);
    expect((await readOverlay(page)).count).toBe(1);
    expect(await listenerCount(page)).toBeLessThanOrEqual(listeners);
    expect(errors).toEqual([]);
    await stop();
    await page.close();
  });

  it('after three reloads in a row: never two badges, one with a score at the end, no errors', async () => {
    const { page, errors, stop } = await openPosting();
    const listeners = await listenerCount(page);
    await markOld(page);
    const sampler = sampleOverlays(page);
    let last!: Worker;
    for (let i = 0; i < 3; i++) last = await reloadExtension(browser.context, browser.extensionId);
    // A version between may have drawn a badge before the next reload cut it off: the end is the last version's
    // script live in the tab, then its one badge with a score.
    await expect.poll(() => liveIn(last, browser.context, REMOTEWLB.url)).toBe(true);
    await expect.poll(() => newBadge(page)).toBe('score');
    await expect.poll(() => listenerCount(page)).toBeLessThanOrEqual(listeners);
    expect(await sampler.stop()).toBe(1);
    expect((await readOverlay(page)).count).toBe(1);
    expect(await listenerCount(page)).toBeLessThanOrEqual(listeners);
    expect(errors).toEqual([]);
    await stop();
    await page.close();
  });

  it('site access withheld ("On click"): the new version cannot reach the tab, and the old badge goes by itself, quietly', async () => {
    const { page, errors, stop } = await openPosting();
    // What chrome://extensions' "Site access: On click" does, through the API that page itself calls. The script
    // already running keeps running; the new version gets no access to the tab, so no new script takes over.
    const settings = await browser.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate((id) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: 'ON_CLICK' }), browser.extensionId);
    await settings.close();
    expect((await readOverlay(page)).kind).toBe('score');
    const listeners = await listenerCount(page);
    await reloadExtension(browser.context, browser.extensionId);
    // The old script notices on its own (lib/content/browser-env.ts watchAlive) and takes its badge and observers away.
    await expect.poll(async () => (await readOverlay(page)).count).toBe(0);
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(500);
    expect((await readOverlay(page)).count).toBe(0);
    expect(await listenerCount(page)).toBeLessThan(listeners);
    expect(errors).toEqual([]);
    await stop();
    await page.close();
  });
});
