// The background's watch on the stored profile: it reports changes, not the first reading, and it never leaves
// the database's connection tied to its live query, whose zone would make Dexie refuse every later write.
import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { expect, it, vi } from 'vitest';
import { STATE } from '../helpers/state';
import { watchProfile } from '../../lib/background/profile-watch';
import { liveQuery } from 'dexie';
import { openPostfitDb, PROFILE_KEY, type PostfitDb } from '../../lib/db/database';
import { savePosting } from '../../lib/db/postings';
import { saveProfile, setSetting } from '../../lib/db/repo';
import { freshIdb, newPosting, sampleProfile } from '../db/helpers';

/** Opened on first use and shared, as lib/db/connection.ts getDb() does in the service worker. */
function lazyDb(name: string): () => Promise<PostfitDb> {
  let shared: Promise<PostfitDb> | undefined;
  const idb = freshIdb();
  return () => (shared ??= openPostfitDb(name, idb, IDBKeyRange));
}

/** Resolves once a live query of its own has seen the stored profile's `degree`: by then Dexie has told every live
 * query of that write, so a callback it was going to cause has happened. */
function seenByLiveQuery(db: PostfitDb, degree: string): Promise<void> {
  return new Promise((done) => {
    const sub = liveQuery(() => db.profile.get(PROFILE_KEY)).subscribe((p) => {
      if ((p as { degree?: string } | undefined)?.degree === degree) {
        sub.unsubscribe();
        done();
      }
    });
  });
}

it('calls back when the profile changes, not for the first reading', async () => {
  const getDb = lazyDb('watch-changes');
  let changes = 0;
  let live!: () => void;
  const isLive = new Promise<void>((r) => (live = r));
  const stop = watchProfile(getDb, () => changes++, live);
  const db = await getDb();
  await isLive;
  expect(changes).toBe(0); // the first reading called nothing
  await saveProfile(db, sampleProfile({ degree: 'bachelor' }));
  await vi.waitFor(() => expect(changes).toBeGreaterThan(0), STATE);
  await seenByLiveQuery(db, 'bachelor');
  expect(changes).toBe(1);
  await saveProfile(db, sampleProfile({ degree: 'master' }));
  await vi.waitFor(() => expect(changes).toBe(2), STATE);
  stop();
  await saveProfile(db, sampleProfile({ degree: 'phd' }));
  await seenByLiveQuery(db, 'phd');
  expect(changes).toBe(2);
});

it('leaves writes free however soon after the worker starts they come', async () => {
  // A fresh worker: the watch starts, and a save (a message) arrives some ticks later. With the database first
  // opened inside the live query, saves at a few of these moments failed with "Readwrite transaction in liveQuery
  // context".
  const failures: string[] = [];
  for (let ticks = 0; ticks < 24; ticks++) {
    const getDb = lazyDb(`watch-writes-${ticks}`);
    const stop = watchProfile(getDb, () => {});
    for (let i = 0; i < ticks; i++) await (ticks % 2 ? Promise.resolve() : new Promise((r) => setTimeout(r, 0)));
    const db = await getDb();
    await Promise.all([savePosting(db, newPosting(ticks)), setSetting(db, 'dismissedSites', ['example.com'])]).catch((e: unknown) =>
      failures.push(`${ticks}: ${String(e)}`),
    );
    stop();
    db.close();
  }
  expect(failures).toEqual([]);
});
