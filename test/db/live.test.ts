// Dexie's liveQuery only runs when a global indexedDB exists (its domDeps), as in extension pages and the
// service worker; fake-indexeddb/auto provides one here. The database itself still gets its own factory.
import 'fake-indexeddb/auto';
import { expect, it, vi } from 'vitest';
import { STATE } from '../helpers/state';
import { deletePosting, savePosting, watchPostings } from '../../lib/db/postings';
import { newPosting, openTestDb } from './helpers';

it('watchPostings emits the current list, then again after each change', async () => {
  const db = await openTestDb();
  const seen: string[][] = [];
  const sub = watchPostings(db).subscribe((list) => seen.push(list.map((p) => p.title ?? '')));
  await vi.waitFor(() => expect(seen).toEqual([[]]), STATE);
  const { posting } = await savePosting(db, newPosting(1));
  await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Engineer 1']), STATE);
  await savePosting(db, newPosting(2));
  await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Engineer 2', 'Engineer 1']), STATE);
  await deletePosting(db, posting.id);
  await vi.waitFor(() => expect(seen.at(-1)).toEqual(['Engineer 2']), STATE);
  sub.unsubscribe();
  db.close();
});

it('getDb opens the shared database on the global indexedDB once and reuses it', async () => {
  const { getDb, DB_NAME, DB_VERSION } = await import('../../lib/db');
  const [a, b] = await Promise.all([getDb(), getDb()]);
  expect(a).toBe(b);
  expect(a.name).toBe(DB_NAME);
  expect(a.verno).toBe(DB_VERSION);
});
