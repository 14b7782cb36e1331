import { describe, expect, it } from 'vitest';
import { PROFILE_KEY, DB_VERSION } from '../../lib/db/database';
import { SavedPostingSchema } from '../../lib/db/records';
import { ProfileSchema } from '../../lib/profile/schema';
import { skillSlug } from '../../lib/db/slug';
import { freshIdb, openTestDb, openV1, v1Posting, v1Profile } from './helpers';
import type { IDBFactory } from 'fake-indexeddb';

const N = 5000;

async function fillV1(idb: IDBFactory) {
  const old = openV1(idb);
  const postings = Array.from({ length: N }, (_, i) => v1Posting(i));
  await old.table('postings').bulkAdd(postings);
  await old.table('profile').put(v1Profile(), PROFILE_KEY);
  await old.table('settings').bulkAdd([{ key: 'onboardingDone', value: true }, { key: 'dismissedSites', value: ['x.com'] }]);
  expect(old.verno).toBe(1);
  old.close();
  return postings;
}

describe('upgrade v1 → v2', () => {
  it('keeps and converts every one of 5,000 postings, the profile and the settings', async () => {
    const idb = freshIdb();
    const before = await fillV1(idb);
    const db = await openTestDb(idb);
    expect(db.verno).toBe(DB_VERSION);

    const after = await db.postings.orderBy('id').toArray();
    expect(after).toHaveLength(N);
    const byId = new Map(after.map((p) => [p.id, p]));
    for (const old of before) {
      // Every v1 field kept as it was; only the new fields added with their defaults.
      expect(byId.get(old.id)).toEqual({ ...old, status: 'saved', formulaVersion: null });
    }
    for (const p of after) expect(SavedPostingSchema.safeParse(p).success).toBe(true);
    // The new v2 index works on upgraded data.
    expect(await db.postings.where('status').equals('saved').count()).toBe(N);
    expect(await db.postings.where('url').equals(before[123]!.url).first()).toMatchObject({ id: 'id-123' });

    const profile = await db.profile.get(PROFILE_KEY);
    const { skills: _s, ...rest } = v1Profile();
    expect(profile).toMatchObject(rest);
    expect(profile!.skills).toEqual([
      { id: 'typescript', name: 'TypeScript', years: 7, level: 'working' },
      { id: 'cpp', name: 'C++', years: 2, level: 'working' },
      { id: 'csharp', name: 'C#', years: null, level: 'working' },
      { id: 'c', name: 'C', years: 1, level: 'working' },
      { id: 'go', name: 'Go', years: 60, level: 'working' },
    ]);
    expect(ProfileSchema.safeParse(profile).success).toBe(true);
    expect(await db.settings.toArray()).toEqual([
      { key: 'dismissedSites', value: ['x.com'] },
      { key: 'onboardingDone', value: true },
    ]);
    db.close();
  });

  it('uses the skill-id resolver it is given (the taxonomy in the extension)', async () => {
    const idb = freshIdb();
    await fillV1(idb);
    const ids: Record<string, string> = { typescript: 'ts-lang' };
    const db = await openTestDb(idb, { skillId: (n) => ids[n.toLowerCase()] ?? skillSlug(n) });
    const profile = await db.profile.get(PROFILE_KEY);
    expect(profile!.skills[0]).toEqual({ id: 'ts-lang', name: 'TypeScript', years: 7, level: 'working' });
    db.close();
  });

  it('a failing upgrade aborts: the database stays v1 with all data readable, and a later open succeeds', async () => {
    const idb = freshIdb();
    const before = await fillV1(idb);
    // The resolver throws on one skill; the upgrade has already rewritten all 5,000 postings by then.
    let profileStepReached = false;
    const failing = await openTestDb(idb, {
      skillId: (n) => {
        if (n === 'C#') throw new Error('taxonomy unavailable');
        profileStepReached = true;
        return skillSlug(n);
      },
    }).catch((e: unknown) => e);
    expect(failing).toBeInstanceOf(Error);
    expect((failing as Error).message).toMatch(/taxonomy unavailable/);
    expect(profileStepReached).toBe(true); // the postings step (run first) had completed

    const old = openV1(idb);
    await old.open();
    expect(old.verno).toBe(1);
    const postings = await old.table('postings').orderBy('id').toArray();
    expect(postings).toHaveLength(N);
    const byId = new Map(before.map((p) => [p.id, p]));
    for (const p of postings) expect(p).toEqual(byId.get(p.id)); // no status/formulaVersion: nothing half-written
    expect(await old.table('profile').get(PROFILE_KEY)).toEqual(v1Profile());
    old.close();

    const db = await openTestDb(idb);
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.postings.count()).toBe(N);
    db.close();
  });

  it('a fresh install opens directly at the current version with empty tables', async () => {
    const db = await openTestDb();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['postings', 'profile', 'settings']);
    expect(db.postings.schema.indexes.map((i) => i.name).sort()).toEqual(['company', 'savedAt', 'score', 'status', 'url']);
    expect(db.postings.schema.idxByName.url!.unique).toBe(true);
    db.close();
  });
});
