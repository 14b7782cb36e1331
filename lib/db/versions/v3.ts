// Version 3: the profile says whether the user needs visa sponsorship and where they may work without it
// (preferences.needsSponsorship, preferences.authorizedIn). Stores and indexes are those of v2.
import type { Transaction } from 'dexie';
import type { Profile } from '../../profile/schema';

export const V3 = 3;

export const V3_STORES = {
  profile: '',
  postings: 'id, &url, savedAt, status, score, company',
  settings: 'key',
} as const;

/** The v2 profile: v3's without the two visa fields. */
export type V2Profile = Omit<Profile, 'preferences'> & {
  preferences: Omit<Profile['preferences'], 'needsSponsorship' | 'authorizedIn'>;
};

/** A v2 profile as v3 keeps it: the profile said nothing about visas, which the defaults mean. */
export function upgradeProfileToV3(p: V2Profile): Profile {
  return { ...p, preferences: { ...p.preferences, needsSponsorship: false, authorizedIn: [] } };
}

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('profile')
    .toCollection()
    .modify((p: V2Profile & { preferences: Partial<Profile['preferences']> }) => {
      // In-place, as Dexie's modify() writes back; ??= keeps values a newer build may already have written.
      p.preferences.needsSponsorship ??= false;
      p.preferences.authorizedIn ??= [];
    });
}
