// When a browser test fails, print what the open Chromium said and whether each of its pages still draws frames.
// A click that waits forever for "stable" or a screenshot that never comes means a page stopped producing frames
// (CI saw this once on a busy runner); these lines tell the next such run whether the renderer, the GPU process or
// the page was at fault instead of leaving only the timeout.
import { beforeEach } from 'vitest';
import type { Page } from 'playwright-core';
import { OPEN } from './browser';

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

beforeEach((ctx) => {
  ctx.onTestFailed(async () => {
    for (const browser of OPEN) {
      const pages = await Promise.all(browser.context.pages().map(async (p) => `  ${p.url().slice(0, 100)}: ${await probe(p)}`));
      const log = browser.log();
      console.error([`[postfit-e2e] "${ctx.task.name}" failed; the open browser's pages:`, ...pages, `[postfit-e2e] Chromium's last ${log.length} log lines:`, ...log].join('\n'));
    }
  });
});
