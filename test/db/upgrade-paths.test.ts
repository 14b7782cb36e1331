// Issue #7: "every upgrade path keeps 100% of records". From an install of every version in lib/db/versions
// (and from none), opening with the current code must keep every record byte for byte: only the fields an
// upgrade adds or converts differ, as its step says. An upgrade that fails half way keeps the old install whole.
import { describe, expect, it } from 'vitest';
import { createPostfitDb, DB_VERSION } from '../../lib/db/database';
import { savePosting } from '../../lib/db/postings';
import { saveProfile, setSetting } from '../../lib/db/repo';
import { diskFullAfter } from './full-disk';
import { freshIdb, newPosting, openTestDb, sampleProfile } from './helpers';
import { byKey, FILL, openAt, read, STEP, STORES, versionFiles, write, type Contents } from './installs';
import { IDBKeyRange } from 'fake-indexeddb';

const N = 1000;
const versions = versionFiles();
const sorted = (c: Contents): Contents => ({ ...c, postings: byKey(c.postings), settings: byKey(c.settings) });
const upgraded = (from: number, c: Contents): Contents => sorted(versions.filter((v) => v > from).reduce((acc, v) => STEP[v]!(acc), c));

async function install(from: number) {
  const idb = freshIdb();
  const old = openAt(from, idb);
  await old.open();
  await write(old, FILL[from]!(N));
  const before = await read(old);
  old.close();
  return { idb, before };
}

describe('upgrade paths', () => {
  it('covers every version file: each has stores and a filler, each after v1 an upgrade step; the last is DB_VERSION', () => {
    expect(versions[0]).toBe(1);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.at(-1)).toBe(DB_VERSION);
    for (const v of versions) {
      expect(STORES[v], `STORES[${v}] in test/db/installs.ts`).toBeDefined();
      expect(FILL[v], `FILL[${v}] in test/db/installs.ts`).toBeDefined();
      if (v > 1) expect(STEP[v], `STEP[${v}] in test/db/installs.ts`).toBeDefined();
    }
  });

  for (const from of versions) {
    it(`v${from} → v${DB_VERSION}: all ${N} postings, the profile and the settings, byte for byte`, async () => {
      const { idb, before } = await install(from);
      expect(before.postings).toHaveLength(N);
      expect(sorted(before)).toStrictEqual(sorted(FILL[from]!(N))); // the install holds exactly what was written
      const db = await openTestDb(idb);
      expect(db.verno).toBe(DB_VERSION);
      expect(await read(db)).toStrictEqual(upgraded(from, before));
      db.close();
    });
  }

  // Records the upgrade from each version writes before the disk fills: half the postings where it rewrites them
  // (from v1), none where it writes the profile alone (from v2: the v3 step touches only the profile).
  const fullAfter = (from: number) => (from === 1 ? N / 2 : 0);

  for (const from of versions.filter((v) => v < DB_VERSION)) {
    it(`v${from} → v${DB_VERSION} with the disk full half way: stays v${from} with every record, upgrades later`, async () => {
      const { idb, before } = await install(from);
      const full = diskFullAfter(fullAfter(from));
      const failing = createPostfitDb('postfit-test', idb, IDBKeyRange).use(full);
      await expect(failing.open()).rejects.toThrow();
      expect(full.written()).toBe(fullAfter(from)); // what the upgrade had written when it failed
      failing.close();
      const old = openAt(from, idb);
      await old.open();
      expect(old.verno).toBe(from);
      expect(await read(old)).toStrictEqual(before);
      old.close();
      const db = await openTestDb(idb);
      expect(await read(db)).toStrictEqual(upgraded(from, before));
      db.close();
    });
  }

  it(`no install → v${DB_VERSION}: empty, and what the API writes is all there after closing and reopening`, async () => {
    const idb = freshIdb();
    const db = await openTestDb(idb);
    expect(db.verno).toBe(DB_VERSION);
    expect(await read(db)).toStrictEqual({ profile: null, postings: [], settings: [] });
    await saveProfile(db, sampleProfile(), 7);
    for (let i = 0; i < 200; i++) await savePosting(db, newPosting(i), 1000 + i);
    await setSetting(db, 'dismissedSites', ['a.com']);
    const written = await read(db);
    db.close();
    const again = await openTestDb(idb);
    expect(await read(again)).toStrictEqual(written);
    expect(written.postings).toHaveLength(200);
    again.close();
  });
});
