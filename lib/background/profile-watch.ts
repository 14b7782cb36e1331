// A profile saved in the popup (another context) reaches the background through Dexie's cross-context
// notifications, while the worker runs (otherwise report:get notices the change: see service.refresh).
import { liveQuery } from 'dexie';
import { PROFILE_KEY, type PostfitDb } from '../db/database';
import { profileStamp } from '../evaluate';

/** Calls onChange whenever the stored profile changes (not for the first reading). Returns the unsubscriber.
 * The database is opened before the live query starts, never inside it: a promise first made inside a live
 * query's zone carries that zone to everyone who awaits it later, and Dexie then refuses their writes
 * ("Readwrite transaction in liveQuery context"). With getDb() first called inside the query, a worker that had
 * just restarted failed saves and site dismissals. */
export function watchProfile(
  openDb: () => Promise<PostfitDb>,
  onChange: () => void,
  /** Called once the watch has its first reading: changes from then on are reported. */
  onLive: () => void = () => {},
): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  let seen: string | undefined;
  openDb().then(
    (db) => {
      if (stopped) return;
      const sub = liveQuery(async () => profileStamp((await db.profile.get(PROFILE_KEY)) ?? null)).subscribe({
        next(stamp) {
          if (seen !== undefined && stamp !== seen) onChange();
          const first = seen === undefined;
          seen = stamp;
          if (first) onLive();
        },
        error() {},
      });
      unsubscribe = () => sub.unsubscribe();
    },
    () => {}, // no database: report:get still notices a changed profile
  );
  return () => {
    stopped = true;
    unsubscribe();
  };
}
