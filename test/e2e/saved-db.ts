// Reading what the extension holds, from one of its own pages: the saved postings' addresses (raw IndexedDB, the
// database Dexie opens), and the id of the tab opened last (the extension cannot see most tabs' addresses).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/** Every saved posting's url, one entry per record (a duplicate shows twice). */
export async function savedUrls(extensionPage: Page): Promise<string[]> {
  return (await savedRecords(extensionPage)).map((p) => p.url);
}

/** Every saved posting record as stored (raw IndexedDB, the database Dexie opens). */
export function savedRecords(extensionPage: Page): Promise<({ url: string } & Record<string, unknown>)[]> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('postfit');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('postings')) return [];
      return await new Promise<({ url: string } & Record<string, unknown>)[]>((ok, fail) => {
        const r = db.transaction('postings').objectStore('postings').getAll();
        r.onsuccess = () => ok(r.result as ({ url: string } & Record<string, unknown>)[]);
        r.onerror = () => fail(r.error);
      });
    } finally {
      db.close();
    }
  });
}

/** The id of the tab opened last. */
export const newestTabId = (extensionPage: Page): Promise<number> =>
  extensionPage.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id!)));

/** Exactly one saved record for `url`, and every record saved before it still there. */
export async function expectSavedOnce(extensionPage: Page, url: string, before: string[]): Promise<void> {
  const urls = await savedUrls(extensionPage);
  expect(urls.filter((u) => u === url)).toHaveLength(1);
  expect(urls.filter((u) => u !== url).sort()).toEqual([...before].sort());
}
