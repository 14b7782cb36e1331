// The shared connection, in a module of its own that does not load zod: pages that only read (the side panel's
// first screen) import this and database.ts, and load the validating write functions when they write.
import { openPostfitDb, type OpenOptions, type PostfitDb } from './database';

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
