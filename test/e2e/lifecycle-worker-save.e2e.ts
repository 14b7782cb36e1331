// The background's save (posting:save → lib/background/service.ts → lib/db savePosting) with its service worker
// killed at each point of the save: before the message is handled, once it is parsed (the write transaction about
// to open), in the middle of the Dexie transaction, right after the commit (before the answer leaves), and at a
// sweep of delays after sending. The caller retries as a client does when the answer never comes; the database
// must then hold the posting exactly once, and every posting saved before it.
// The points are reached without test code in the build (worker-hold.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Launched } from './browser';
import type { WorkerControl } from './extension-control';
import { launchForKills } from './kill-setup';
import { fixture, readOverlay } from './pages';
import { newestTabId, savedUrls, expectSavedOnce as expectSavedOnceIn } from './saved-db';
import { killAt, runningWorker, type HoldPoint } from './worker-hold';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
const postingUrl = (n: number) => `${REMOTEWLB.url}-w${n}`;
const POSTINGS = 30;
describe('the background saving while its service worker is killed', () => {
  let browser: Launched;
  let control: Page; // an extension page: sends posting:save as an extension page does, reads the database
  let job: Page;
  let tabId: number;
  let worker: WorkerControl;
  let n = 0;

  beforeAll(async () => {
    ({ browser, control, worker } = await launchForKills(REMOTEWLB.file, Array.from({ length: POSTINGS }, (_, i) => postingUrl(i))));
    job = await browser.context.newPage();
    tabId = await newestTabId(control);
  });
  afterAll(async () => {
    await worker?.detach();
    await browser?.close();
  });

  const save = () =>
    control.evaluate((id) => chrome.runtime.sendMessage({ type: 'posting:save', tabId: id }), tabId).then(
      (answer) => answer as { ok: boolean; created?: boolean; error?: string } | null,
      () => null, // the worker died with the message: no answer
    );

  /** The next posting in the job tab, evaluated by the background (its badge shows a score). */
  async function nextPosting(): Promise<string> {
    const url = postingUrl(n++);
    await job.goto(url);
    await expect.poll(async () => (await readOverlay(job)).kind).toBe('score');
    return url;
  }

  /** Retries like a client whose answer never came, until the background says saved: each try once a worker runs
   * again (a message that wakes one answers), so a slow restart costs time, never a failure. */
  async function retryUntilSaved(): Promise<{ created?: boolean }> {
    for (;;) {
      const answer = await save();
      if (answer?.ok) return answer;
      await runningWorker(control).catch(() => {});
    }
  }

  const expectSavedOnce = (url: string, before: string[]) => expectSavedOnceIn(control, url, before);

  const points: [HoldPoint, string, number][] = [
    ['transaction', 'once the message is parsed, the write transaction open but unused', 0],
    ['put', 'in the middle of the Dexie transaction', 0],
    ['complete', 'right after the commit, before the answer leaves', 1],
  ];
  it.each(points)('killed at %s (%s): saved exactly once after a retry', async (point, _label, committed) => {
    const url = await nextPosting();
    const before = await savedUrls(control);
    const { killed } = await killAt(control, worker, point);
    expect(await save()).toBeNull(); // the answer never comes
    await killed;
    // The kill landed where intended: an open transaction is rolled back, a committed one stays.
    expect((await savedUrls(control)).filter((u) => u === url)).toHaveLength(committed);
    expect((await retryUntilSaved()).created).toBe(!committed);
    await expectSavedOnce(url, before);
  });

  it('killed before the message is handled: saved exactly once', async () => {
    const url = await nextPosting();
    const before = await savedUrls(control);
    await worker.kill();
    const first = save();
    await worker.kill();
    if (!(await first)?.ok) await retryUntilSaved();
    await expectSavedOnce(url, before);
  });

  const delays = [0, 2, 5, 10, 20, 40, 80, 160];
  it.each(delays)('killed %i ms after sending: saved exactly once after retries', async (delay) => {
    const url = await nextPosting();
    const before = await savedUrls(control);
    await runningWorker(control);
    const first = save();
    await control.waitForTimeout(delay);
    await worker.kill();
    if (!(await first)?.ok) await retryUntilSaved();
    await expectSavedOnce(url, before);
    // Saving again later (a second click) changes nothing either.
    const again = await save();
    expect(again, JSON.stringify(again)).toMatchObject({ ok: true, created: false });
    await expectSavedOnce(url, before);
  });
});
