// When a browser test fails, print what the open Chromium said and whether each of its pages still draws frames.
// A click that waits forever for "stable" or a screenshot that never comes means a page stopped producing frames
// (CI saw this once on a busy runner); these lines tell the next such run whether the renderer, the GPU process or
// the page was at fault instead of leaving only the timeout.
import { beforeEach } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { OPEN, type Launched } from './browser';

const PROBE_MS = 2000;

/** The page's visibility and whether requestAnimationFrame ran within PROBE_MS: "no frame" is the stall. */
async function probe(page: Page): Promise<string> {
  const answer = page.evaluate(
    (ms) =>
      new Promise<string>((done) => {
        const started = performance.now();
        const timer = setTimeout(() => done(`${document.visibilityState}, no frame in ${ms} ms`), ms);
        requestAnimationFrame(() => {
          clearTimeout(timer);
          done(`${document.visibilityState}, frame after ${Math.round(performance.now() - started)} ms`);
        });
      }),
    PROBE_MS,
  );
  const silent = new Promise<string>((done) => setTimeout(() => done('no answer: the page’s main thread is busy or gone'), PROBE_MS * 3));
  return Promise.race([answer, silent]).catch((e: unknown) => `probe failed: ${String(e).slice(0, 200)}`);
}

/** Whether a worker still runs code, can read its own package and open IndexedDB (a hung worker answers nothing). */
async function workerHealth(w: Worker): Promise<string> {
  const answer = w
    .evaluate(async () => {
      const t0 = performance.now();
      const res = await fetch('/taxonomy/core.json.gz').then((r) => String(r.status), (e: unknown) => `fetch failed: ${String(e)}`);
      const dbs = await indexedDB.databases().then((d) => d.map((x) => `${x.name}@${x.version}`).join(' '), (e: unknown) => `idb failed: ${String(e)}`);
      return `answers; package fetch ${res}; databases ${dbs}; ${Math.round(performance.now() - t0)} ms`;
    })
    .catch((e: unknown) => `evaluate failed: ${String(e).slice(0, 200)}`);
  return Promise.race([answer, new Promise<string>((done) => setTimeout(() => done('no answer: the worker is busy or gone'), PROBE_MS * 3))]);
}

/** The extension as chrome://extensions sees it: state, disable reasons, errors it recorded; and the live workers. */
async function extensionState(browser: Launched): Promise<string[]> {
  const workers = await Promise.all(browser.context.serviceWorkers().map(async (w) => `  worker: ${w.url()}: ${await workerHealth(w)}`));
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://extensions');
    const info = await Promise.race([
      page.evaluate(async () => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo(o: object): Promise<unknown[]> } } }).chrome.developerPrivate;
        return JSON.stringify(await dev.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }), (k, v) =>
          ['state', 'disableReasons', 'runtimeErrors', 'manifestErrors', 'id', 'message', 'version', 'blacklistText', 'location'].includes(k) || /^\d+$/.test(k) || k === '' ? v : undefined,
        );
      }),
      new Promise<string>((done) => setTimeout(() => done('no answer'), PROBE_MS * 3)),
    ]);
    return [...workers, `  chrome://extensions: ${String(info).slice(0, 1500)}`];
  } catch (e) {
    return [...workers, `  chrome://extensions unreadable: ${String(e).slice(0, 200)}`];
  } finally {
    await page.close().catch(() => {});
  }
}

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    for (const browser of OPEN) {
      const pages = await Promise.all(browser.context.pages().map(async (p) => `  ${p.url().slice(0, 100)}: ${await probe(p)}`));
      const log = browser.log();
      pages.push(...(await extensionState(browser)));
      console.error([`[postfit-e2e] "${ctx.task.name}" failed; the open browser's pages:`, ...pages, `[postfit-e2e] Chromium's last ${log.length} log lines:`, ...log].join('\n'));
    }
  });
});
