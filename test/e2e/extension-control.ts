// Killing and reloading the extension from a browser test, and hearing every error a page reports, including
// those of content scripts (which run in isolated worlds that Playwright's pageerror does not cover).
//
// What works in Chromium 156 with a persistent context (context.browser() is null, so no browser-level session):
// - Killing the service worker: a CDP session on any page sees the worker as a target (Target.getTargets, type
//   'service_worker'); Target.closeTarget on it terminates the worker at once, mid-task included (a busy loop is
//   cut short). The next extension event starts a fresh worker. ServiceWorker.stopAllWorkers was slow (over a
//   second) and closed the extension page whose session sent it, so it is not used.
// - Reloading the extension: chrome.runtime.reload() from an extension page (the page closes with the old
//   version). Chromium disables a reloaded unpacked extension unless developer mode is on in the profile, which
//   launchWithExtension() sets.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

declare const chrome: { runtime: { reload(): void } };

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function workerTargets(cdp: CDPSession, extensionId: string): Promise<TargetInfo[]> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
}

/** Controls the extension's service worker through a CDP session on one page (any page of the context). */
export class WorkerControl {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {}

  static async on(page: Page, extensionId: string): Promise<WorkerControl> {
    return new WorkerControl(await page.context().newCDPSession(page), extensionId);
  }

  /** Terminates the running service worker, if one runs; true when one was killed. */
  async kill(): Promise<boolean> {
    const targets = await workerTargets(this.cdp, this.extensionId);
    for (const t of targets) await this.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => {});
    return targets.length > 0;
  }

  async running(): Promise<boolean> {
    return (await workerTargets(this.cdp, this.extensionId)).length > 0;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}

/**
 * Reloads the extension as chrome://extensions' reload button does, and waits until the new version runs: its
 * worker has started with the extension's APIs and its popup loads. Each wait is for the event itself, bounded by
 * the test's own timeout, never by a fixed time: on a busy machine a timed wait for the old page to close ran out
 * before the reload happened, the old popup then "loaded again", and the next reload landed while this one was still
 * under way.
 * On a busy machine Chromium sometimes starts the new version's worker before its renderer knows the extension: the
 * worker has no chrome.runtime (lib/background/bindings.ts), so nothing of the new version can run until it is
 * started again. That is the browser's race, not what the reload tests are about, so such a reload is done again
 * (at most MAX_RELOADS times in all) and said on stderr. Returns the new version's worker.
 */
export async function reloadExtension(context: BrowserContext, extensionId: string): Promise<Worker> {
  for (let attempt = 1; ; attempt++) {
    const worker = await reloadOnce(context, extensionId);
    const apis = await worker.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { id?: unknown } } }).chrome?.runtime?.id === 'string').catch(() => true);
    if (apis) return worker;
    if (attempt >= MAX_RELOADS) throw new Error(`Chromium started the reloaded worker without extension APIs ${attempt} times in a row`);
    process.stderr.write(`[postfit-e2e] Chromium started the reloaded worker without extension APIs; reloading again\n`);
  }
}

const MAX_RELOADS = 3;

async function reloadOnce(context: BrowserContext, extensionId: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const closed = page.waitForEvent('close', { timeout: 0 });
  const started = context.waitForEvent('serviceworker', { predicate: ours, timeout: 0 });
  // The page goes away with the old version, so the evaluation itself may report a closed target.
  await page.evaluate(() => setTimeout(() => chrome.runtime.reload(), 0)).catch(() => {});
  await closed;
  const worker = await started;
  const probe = await context.newPage();
  try {
    // Until the new version serves its popup.
    for (;;) {
      const ok = await probe.goto(`chrome-extension://${extensionId}/popup.html`).then(() => true, () => false);
      if (ok) return worker;
    }
  } finally {
    await probe.close();
  }
}

/** Every uncaught error and console error of a page, in any of its worlds (page, content scripts). Network
 * failures of the fixture's own resources (aborted on purpose by serve()) are not errors of Postfit. */
export async function collectErrors(page: Page): Promise<{ errors: string[]; stop(): Promise<void> }> {
  const errors: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    errors.push(`uncaught: ${d.exception?.description ?? d.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    errors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.source === 'network') return;
    if (entry.level === 'error' || /Extension context invalidated|runtime\.lastError/i.test(entry.text)) errors.push(`log: ${entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return { errors, stop: () => cdp.detach().catch(() => {}) };
}
