// Public API of the database layer. Extension code imports from 'lib/db', except the side panel's first screen,
// which imports the zod-free modules (connection, database, errors, statuses) directly and loads the rest later.
export * from './database';
export { getDb } from './connection';
export * from './records';
export * from './errors';
export { ValidationError, formatIssues } from './issues';
export * from './repo';
export * from './postings';
export * from './backup';
export { importProfile } from './profile-import';
export { mergeProfiles, mergeSkills } from './merge';
export { canonicalPostingUrl } from './url';
export { dismissalStamp, dismissedKeys, setDealbreakerDismissed, withDismissal } from './dismissals';
export { skillSlug } from './slug';
export type { SkillIdResolver } from './versions/v2';

