// Public API of the database layer. Extension code imports from 'lib/db' only.
import { openPostfitDb, type OpenOptions, type PostfitDb } from './database';

export * from './database';
export * from './records';
export * from './errors';
export { ValidationError, formatIssues } from './issues';
export * from './repo';
export * from './postings';
export * from './backup';
export { mergeProfiles, mergeSkills } from './merge';
export { canonicalPostingUrl } from './url';
export { skillSlug } from './slug';
export type { SkillIdResolver } from './versions/v2';

let shared: Promise<PostfitDb> | undefined;

/** The page's (or service worker's) shared connection, opened on first use with the global indexedDB.
 * A failed open is not cached, so the next call retries (e.g. after the user freed disk space). */
export function getDb(options?: OpenOptions): Promise<PostfitDb> {
  shared ??= openPostfitDb(undefined, undefined, undefined, options).catch((e: unknown) => {
    shared = undefined;
    throw e;
  });
  return shared;
}
