// Killing the service worker at an exact point of its work, without test code in the build: the test patches
// the running worker's IndexedDB prototypes (worker.evaluate) so that at the point it logs a marker and then
// holds its thread in a busy loop; hearing the marker, the test kills the worker (Target.closeTarget), which cuts
// the loop short. What the worker had not committed is rolled back by IndexedDB, as in a real crash.
import type { Page, Worker } from 'playwright-core';
import type { WorkerControl } from './extension-control';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** profile: the page's evaluation reads the profile. The others are points of a save to the postings store:
 * transaction: the write transaction is open, nothing read or written yet; put: the record is being written;
 * complete: committed, before Dexie (and so the message's answer) hears of it. */
export type HoldPoint = 'profile' | 'transaction' | 'put' | 'complete';

/** Runs in the worker. Dexie bound IDBDatabase.transaction when it opened, so the points are taken on the
 * transaction's and the stores' own methods. */
function hold(point: HoldPoint): void {
  const marker = `postfit-test:${point}`;
  const busy = () => {
    console.log(marker);
    const end = Date.now() + 10_000;
    while (Date.now() < end); // the kill cuts this short
  };
  const writesPostings = (tx: IDBTransaction) => tx.mode === 'readwrite' && tx.objectStoreNames.contains('postings');
  const started = new WeakSet<IDBTransaction>();
  const objectStore = IDBTransaction.prototype.objectStore;
  IDBTransaction.prototype.objectStore = function (this: IDBTransaction, name: string) {
    if (point === 'transaction' && writesPostings(this) && !started.has(this)) {
      started.add(this);
      busy();
    }
    return objectStore.call(this, name);
  };
  const get = IDBObjectStore.prototype.get;
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
    const req = get.call(this, query);
    if (point === 'profile' && this.name === 'profile') busy();
    return req;
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    const req = put.apply(this, args);
    if (point === 'put' && this.name === 'postings') busy();
    return req;
  };
  // Dexie learns of the commit through oncomplete: holding there keeps the answer from leaving.
  const oncomplete = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!;
  Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
    ...oncomplete,
    set(this: IDBTransaction, fn: ((e: Event) => void) | null) {
      oncomplete.set!.call(this, point === 'complete' && fn && writesPostings(this) ? (e: Event) => (busy(), fn.call(this, e)) : fn);
    },
  });
}

/** The running worker, started by a harmless message from an extension page if it was stopped. */
export async function runningWorker(extensionPage: Page): Promise<Worker> {
  await extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'report:get', tabId: 0 }));
  return extensionPage.context().serviceWorkers().at(-1)!;
}

/** Arms the running worker to stop at `point`; `killed` resolves once the worker was killed there. */
export async function killAt(extensionPage: Page, control: WorkerControl, point: HoldPoint): Promise<{ killed: Promise<void> }> {
  const worker = await runningWorker(extensionPage);
  await worker.evaluate(hold, point);
  const killed = new Promise<void>((resolve) => {
    worker.on('console', (m) => {
      if (m.text() === `postfit-test:${point}`) void control.kill().then(() => resolve());
    });
  });
  return { killed };
}
