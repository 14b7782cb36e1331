// Installs at every database version: each version file in lib/db/versions gets a filler (the data an install
// of that version holds) and a step (what the upgrade to it must make of the previous version's data). A new
// version file without both fails the upgrade-path tests, so no version can ship without its upgrade tested.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { IDBKeyRange, type IDBFactory } from 'fake-indexeddb';
import { PROFILE_KEY } from '../../lib/db/database';
import type { SavedPosting, SettingRow } from '../../lib/db/records';
import { skillSlug } from '../../lib/db/slug';
import { V1_STORES, type V1Profile } from '../../lib/db/versions/v1';
import { V2_STORES } from '../../lib/db/versions/v2';
import { upgradeProfileToV3, V3_STORES, type V2Profile } from '../../lib/db/versions/v3';
import type { Profile } from '../../lib/profile/schema';
import { v1Posting, v1Profile } from './helpers';

/** Version numbers of lib/db/versions/v<N>.ts, ascending. */
export function versionFiles(): number[] {
  return readdirSync(join(import.meta.dirname, '../../lib/db/versions'))
    .map((f) => /^v(\d+)\.ts$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Everything an install holds, table by table, as stored (any version's shapes). */
export interface Contents {
  profile: unknown;
  postings: Record<string, unknown>[];
  settings: SettingRow[];
}

/** Store declarations of each version, as its code declared them. */
export const STORES: Record<number, Record<string, string>> = { 1: V1_STORES, 2: V2_STORES, 3: V3_STORES };

/** Text that tests the storage round trip: every plane, a lone surrogate, NUL, bidi marks, a long text. */
const odd = (i: number) => `${'é漢字🙂'.repeat(1 + (i % 3))} \u0000 \ud800 \u202e ${i % 250 === 0 ? 'x'.repeat(100_000) : ''}`;

const settings = (): SettingRow[] => [
  { key: 'dismissedSites', value: ['a.com', 'b.org'] },
  { key: 'onboardingDone', value: true },
  { key: 'fromTheFuture', value: { nested: [1, 'two', null, { deep: [true] }] } },
];

export const FILL: Record<number, (n: number) => Contents> = {
  1: (n) => ({
    profile: v1Profile(),
    postings: Array.from({ length: n }, (_, i) => ({ ...v1Posting(i), text: `${v1Posting(i).text} ${odd(i)}` })),
    settings: settings(),
  }),
  2: (n) => ({
    profile: {
      skills: [{ id: 'typescript', name: 'TypeScript', years: 5, level: 'expert' }, { id: 'go', name: 'Go', years: null, level: 'learning' }],
      degree: 'master',
      languages: [{ name: 'Deutsch', level: 'native' }],
      certifications: ['CKA'],
      preferences: { remoteOnly: false, minSalary: null, titles: ['Engineer'] },
      updatedAt: 5,
    } satisfies V2Profile,
    postings: Array.from({ length: n }, (_, i): SavedPosting => ({
      ...v1Posting(i),
      text: `${v1Posting(i).text} ${odd(i)}`,
      status: (['saved', 'applied', 'rejected'] as const)[i % 3]!,
      formulaVersion: i % 2 ? 'fit-1' : null,
    })),
    settings: settings(),
  }),
  3: (n) => ({
    profile: {
      skills: [{ id: 'go', name: 'Go', years: 4, level: 'expert' }],
      degree: 'bachelor',
      languages: [{ name: 'English', level: 'fluent' }],
      certifications: [],
      preferences: { remoteOnly: true, minSalary: { amount: 150, currency: 'AUD', period: 'year' }, titles: [], needsSponsorship: true, authorizedIn: ['Australia', 'NZ'] },
      updatedAt: 7,
    } satisfies Profile,
    postings: FILL[2]!(n).postings,
    settings: [...settings(), { key: 'dismissedDealbreakers', value: [{ url: 'https://jobs.example.com/p/1', keys: ['visa', 'language:german'] }] }],
  }),
};

/** The upgrade to version N applied to version N-1's contents, as the upgrade promises it. */
export const STEP: Record<number, (before: Contents) => Contents> = {
  2: (before) => ({
    ...before,
    postings: before.postings.map((x) => ({ ...x, status: 'saved', formulaVersion: null })),
    profile: { ...(before.profile as V1Profile), skills: v2Skills((before.profile as V1Profile).skills) },
  }),
  // v3 adds the profile's two visa fields with the values that mean "not said"; postings and settings unchanged.
  3: (before) => ({ ...before, profile: before.profile === null ? null : upgradeProfileToV3(before.profile as V2Profile) }),
};

/** v1 skills as v2 keeps them (lib/db/versions/v2.ts): one per id, first name kept, most years (0-60), 'working'. */
function v2Skills(skills: V1Profile['skills']): Profile['skills'] {
  const out = new Map<string, Profile['skills'][number]>();
  for (const s of skills) {
    const name = s.name.trim();
    if (!name) continue;
    const years = s.years === null ? null : Math.min(60, Math.max(0, s.years));
    const prev = out.get(skillSlug(name));
    if (!prev) out.set(skillSlug(name), { id: skillSlug(name), name, years, level: 'working' });
    else if (years !== null && (prev.years === null || years > prev.years)) prev.years = years;
  }
  return [...out.values()];
}

/** Opens the database as the code of version `v` declared it (every version up to v, no upgrades). */
export function openAt(v: number, idb: IDBFactory, name = 'postfit-test'): Dexie {
  const db = new Dexie(name, { indexedDB: idb, IDBKeyRange });
  for (const k of versionFiles().filter((x) => x <= v)) db.version(k).stores(STORES[k]!);
  return db;
}

export async function write(db: Dexie, c: Contents): Promise<void> {
  if (c.profile !== null) await db.table('profile').put(c.profile, PROFILE_KEY);
  await db.table('postings').bulkAdd(c.postings);
  await db.table('settings').bulkAdd(c.settings);
}

/** Everything stored, in key order: the profile, postings by id, settings by key. */
export async function read(db: Dexie): Promise<Contents> {
  return {
    profile: (await db.table('profile').get(PROFILE_KEY)) ?? null,
    postings: await db.table('postings').orderBy('id').toArray(),
    settings: await db.table('settings').orderBy('key').toArray(),
  };
}

/** Rows in IndexedDB's key order (code units), by id or key. */
export const byKey = <T extends { id?: unknown; key?: unknown }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => {
    const [x, y] = [String(a.id ?? a.key), String(b.id ?? b.key)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
