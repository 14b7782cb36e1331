// Dealbreakers the user dismissed for one posting ("not a dealbreaker for me"), kept in the settings table under
// dismissedDealbreakers: one entry per posting (canonical url) with the dismissed keys, newest last. The fit takes
// the keys of the posting it scores (fit(..., dismissed)); the background and the side panel both read them.
import type { PostfitDb } from './database';
import { MAX_DISMISSED_POSTINGS, type Dismissal } from './records';
import { getSetting, setSetting } from './repo';
import { canonicalPostingUrl } from './url';

/** The keys dismissed for the posting at this address. */
export function dismissedKeys(list: readonly Dismissal[], url: string | null | undefined): Set<string> {
  if (!url) return new Set();
  const key = canonicalPostingUrl(url);
  return new Set(list.find((d) => d.url === key)?.keys ?? []);
}

/** The list with one key dismissed (on) or restored (off) for a posting; the posting moves to the end (newest),
 *  and beyond MAX_DISMISSED_POSTINGS the oldest postings are forgotten. */
export function withDismissal(list: readonly Dismissal[], url: string, key: string, on: boolean): Dismissal[] {
  const at = canonicalPostingUrl(url);
  const keys = new Set(list.find((d) => d.url === at)?.keys ?? []);
  if (on) keys.add(key);
  else keys.delete(key);
  const rest = list.filter((d) => d.url !== at);
  const next = keys.size ? [...rest, { url: at, keys: [...keys].slice(-50) }] : rest;
  return next.slice(-MAX_DISMISSED_POSTINGS);
}

/** A short string that changes whenever the keys for this posting change (for "has anything changed?" checks). */
export function dismissalStamp(keys: ReadonlySet<string>): string {
  return [...keys].sort().join(',');
}

/** Stores one dismissal (or its undo). Read and write in one transaction, so two quick clicks both count. */
export function setDealbreakerDismissed(db: PostfitDb, url: string, key: string, on: boolean): Promise<Dismissal[]> {
  return db.transaction('rw', db.settings, async () => {
    const next = withDismissal(await getSetting(db, 'dismissedDealbreakers'), url, key, on);
    await setSetting(db, 'dismissedDealbreakers', next);
    return next;
  });
}
