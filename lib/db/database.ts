// The one IndexedDB database of Postfit. Pure TypeScript on top of Dexie: usable from extension pages
// and from the background service worker (both have `indexedDB`), and from tests with fake-indexeddb.
import { Dexie, type Table } from 'dexie';
import type { Profile } from '../profile/schema';
import type { SavedPosting, SettingRow } from './records';
import { skillSlug } from './slug';
import { V1, V1_STORES } from './versions/v1';
import { V2, V2_STORES, upgradeToV2, type SkillIdResolver } from './versions/v2';
import { V3, V3_STORES, upgradeToV3 } from './versions/v3';

export const DB_NAME = 'postfit';
/** The key of the single profile record. */
export const PROFILE_KEY = 'me';
export const DB_VERSION = V3;

export type PostfitDb = Dexie & {
  profile: Table<Profile, string>;
  postings: Table<SavedPosting, string>;
  settings: Table<SettingRow, string>;
};

export interface OpenOptions {
  /** Used by upgrades that derive skill ids from names; pass a taxonomy lookup when available. */
  skillId?: SkillIdResolver;
}

/** Builds the Dexie instance with every version declared (old versions stay declared so that a browser
 * still on v1 walks through each upgrade in order). Does not open it. */
export function createPostfitDb(
  name: string = DB_NAME,
  indexedDB?: IDBFactory,
  IDBKeyRange?: typeof globalThis.IDBKeyRange,
  options: OpenOptions = {},
): PostfitDb {
  const deps = indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : indexedDB ? { indexedDB } : {};
  const db = new Dexie(name, deps) as PostfitDb;
  const skillId = options.skillId ?? skillSlug;
  db.version(V1).stores(V1_STORES);
  // An upgrade that throws aborts IndexedDB's version-change transaction: the database stays at the old
  // version with its data untouched, and open() rejects with the upgrade's error.
  db.version(V2).stores(V2_STORES).upgrade((tx) => upgradeToV2(tx, skillId));
  db.version(V3).stores(V3_STORES).upgrade(upgradeToV3);
  return db;
}

/** Creates and opens the database, running any pending upgrade. Rejects if an upgrade fails. */
export async function openPostfitDb(
  name: string = DB_NAME,
  indexedDB?: IDBFactory,
  IDBKeyRange?: typeof globalThis.IDBKeyRange,
  options: OpenOptions = {},
): Promise<PostfitDb> {
  const db = createPostfitDb(name, indexedDB, IDBKeyRange, options);
  await db.open();
  return db;
}
