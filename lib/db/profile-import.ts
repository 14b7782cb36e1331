// Importing a profile file alone (not a whole backup): only the profile changes; saved postings and settings stay.
import type { Profile } from '../profile/schema';
import { PROFILE_KEY, type PostfitDb } from './database';
import { guardWrite } from './errors';
import { parseOrThrow } from './issues';
import { mergeProfiles } from './merge';
import { ProfileSchema } from '../profile/schema';

/** 'merge' keeps what the stored profile knows and adds the file's (see merge.ts); 'replace' stores the file's. */
export async function importProfile(db: PostfitDb, incoming: Profile, mode: 'merge' | 'replace', now = Date.now()): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.profile, async () => {
      const local = mode === 'merge' ? await db.profile.get(PROFILE_KEY) : undefined;
      const next = local ? mergeProfiles(local, incoming, now) : { ...incoming, updatedAt: now };
      await db.profile.put(parseOrThrow(ProfileSchema, next, ['profile']), PROFILE_KEY);
    }),
  );
}
