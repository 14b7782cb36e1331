// The saved postings as the panel holds them, fast with 10,000 of them. Reading every posting (records and
// texts) takes a second or more, so the panel shows the first screen from an index first, then reads the rest
// in chunks that leave the page responsive. After that it does not re-read the table on each change: Dexie's
// storagemutated event (this page's writes, and other pages' and the background's through BroadcastChannel)
// names the changed keys, and only those are fetched again.
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { PostfitDb, SavedPosting } from '../../../lib/db/index';
import type { SortKey } from '../../../lib/saved/list';

export const FIRST_SCREEN = 40;
const CHUNK = 500;
/** More changed keys than this: read everything again rather than key by key. */
const MAX_KEYS = 400;

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** The first rows of a sort, from the table's indexes (the stored score may lag the profile until scored). */
export function firstScreen(db: PostfitDb, sort: SortKey, n = FIRST_SCREEN): Promise<SavedPosting[]> {
  const c =
    sort === 'score' ? db.postings.orderBy('score').reverse()
    : sort === 'company' ? db.postings.orderBy('company')
    : db.postings.orderBy('savedAt').reverse();
  return c.limit(n).toArray();
}

export async function readAll(db: PostfitDb, stillWanted: () => boolean = () => true): Promise<SavedPosting[] | null> {
  const all: SavedPosting[] = [];
  let last: string | null = null;
  for (;;) {
    const chunk: SavedPosting[] = await (last == null ? db.postings.orderBy(':id') : db.postings.where(':id').above(last)).limit(CHUNK).toArray();
    if (!stillWanted()) return null;
    all.push(...chunk);
    if (chunk.length < CHUNK) return all;
    last = chunk[chunk.length - 1]!.id;
    await nextTask();
  }
}

/** The changed primary keys of the postings table, or 'all' for a range (clear, bulk writes, imports). */
export function changedKeys(parts: ObservabilitySet, dbName: string): string[] | 'all' | null {
  const tree = parts[`idb://${dbName}/postings/`];
  if (!tree) return null;
  const keys: string[] = [];
  let all = false;
  const walk = (n: IntervalTree | null | undefined) => {
    if (!n || all || !('from' in n)) return;
    if (n.from === n.to && typeof n.from === 'string') keys.push(n.from);
    else all = true;
    walk(n.l);
    walk(n.r);
  };
  walk(tree);
  return all || keys.length > MAX_KEYS ? 'all' : keys.length ? keys : null;
}

export interface FeedEvents {
  /** The first screen, before everything is read; total is the table's size, null until counted. */
  preview(postings: SavedPosting[], total: number | null): void;
  /** Every posting; `changed` lists the ids whose content may differ from what was given before (null: all). */
  full(postings: SavedPosting[], changed: string[] | null): void;
  error(e: unknown): void;
}

export interface Feed {
  stop(): void;
  /** Run a write of this page whose changes the page already applied itself (no re-read follows). */
  quietly<T>(write: () => Promise<T>): Promise<T>;
}

export function startFeed(db: PostfitDb, sort: SortKey, on: FeedEvents): Feed {
  let stopped = false;
  let quiet = 0;
  const byId = new Map<string, SavedPosting>();
  let complete = false;
  let pending: Set<string> | 'all' | null = null;
  let applying = false;

  const publish = (changed: string[] | null) => on.full([...byId.values()], changed);

  async function reloadAll() {
    const all = await readAll(db, () => !stopped);
    if (!all) return;
    byId.clear();
    for (const p of all) byId.set(p.id, p);
    publish(null);
  }

  async function apply() {
    if (applying || !complete) return;
    applying = true;
    try {
      while (pending && !stopped) {
        const what = pending;
        pending = null;
        if (what === 'all') await reloadAll();
        else {
          const keys = [...what];
          const got = await db.postings.bulkGet(keys);
          keys.forEach((k, i) => (got[i] ? byId.set(k, got[i]!) : byId.delete(k)));
          publish(keys);
        }
      }
    } catch (e) {
      on.error(e);
    } finally {
      applying = false;
    }
  }

  const onMutated = (parts: ObservabilitySet) => {
    if (stopped || quiet > 0) return;
    const keys = changedKeys(parts, db.name);
    if (!keys) return;
    if (keys === 'all' || pending === 'all') pending = 'all';
    else {
      pending ??= new Set();
      keys.forEach((k) => (pending as Set<string>).add(k));
    }
    void apply();
  };
  Dexie.on.storagemutated.subscribe(onMutated);

  (async () => {
    try {
      performance.mark('postfit:saved-db-open');
      // The first screen is shown before the table is counted: counting 10,000 postings takes IndexedDB longer
      // than reading the first screen (and is asked after it, so that it does not queue ahead of it).
      const first = await firstScreen(db, sort);
      performance.mark('postfit:saved-first-screen-read');
      if (stopped) return;
      on.preview(first, null);
      db.postings.count().then(
        (total) => !stopped && !complete && on.preview(first, total),
        () => {}, // the full read reports errors
      );
      await reloadAll();
      complete = true;
      await apply();
    } catch (e) {
      if (!stopped) on.error(e);
    }
  })();

  return {
    stop() {
      stopped = true;
      Dexie.on.storagemutated.unsubscribe(onMutated);
    },
    async quietly(write) {
      quiet++;
      try {
        return await write();
      } finally {
        quiet--;
      }
    },
  };
}
