// Profile and settings access. Every write is validated before it reaches IndexedDB and goes through
// guardWrite, so a full disk surfaces as StorageFullError and leaves the stored data as it was.
import { emptyProfile, ProfileSchema, type Profile } from '../profile/schema';
import { PROFILE_KEY, type PostfitDb } from './database';
import { guardWrite } from './errors';
import { parseOrThrow } from './issues';
import { KnownSettingSchemas, SETTING_DEFAULTS, SettingRowSchema, type KnownSettings, type SettingKey } from './records';

/** The stored profile, or an empty one before the user has saved anything. */
export async function getProfile(db: PostfitDb): Promise<Profile> {
  return (await db.profile.get(PROFILE_KEY)) ?? emptyProfile();
}

/** Validates and stores the profile; updatedAt is set here so that it always means "last written". */
export async function saveProfile(db: PostfitDb, p: Profile, now = Date.now()): Promise<Profile> {
  const profile = parseOrThrow(ProfileSchema, { ...p, updatedAt: now }, ['profile']);
  await guardWrite(() => db.profile.put(profile, PROFILE_KEY));
  return profile;
}

/** A known setting, or its default when unset or when the stored value no longer fits its schema
 * (a setting is never worth failing a page over). */
export async function getSetting<K extends SettingKey>(db: PostfitDb, key: K): Promise<KnownSettings[K]> {
  const row = await db.settings.get(key);
  const r = KnownSettingSchemas[key].safeParse(row?.value);
  return (r.success ? r.data : structuredClone(SETTING_DEFAULTS[key])) as KnownSettings[K];
}

export async function setSetting<K extends SettingKey>(db: PostfitDb, key: K, value: KnownSettings[K]): Promise<void> {
  const row = parseOrThrow(SettingRowSchema, { key, value }, ['settings', key]);
  await guardWrite(() => db.settings.put(row));
}
