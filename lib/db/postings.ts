// Saved postings. The url (canonicalised) identifies a posting: saving it again updates the stored
// record, and the unique `&url` index makes a duplicate impossible even if two saves race.
import { liveQuery, type Observable } from 'dexie';
import type { PostfitDb } from './database';
import { guardWrite } from './errors';
import { parseOrThrow } from './issues';
import { SavedPostingSchema, type PostingStatus, type SavedPosting } from './records';
import { canonicalPostingUrl } from './url';

/** What the caller knows when saving; status and note are the user's, so a re-save keeps them unless given. */
export type NewPosting = Omit<SavedPosting, 'id' | 'savedAt' | 'status' | 'note'> &
  Partial<Pick<SavedPosting, 'status' | 'note'>>;

/** Fields a patch may change; id and url are the identity, savedAt is history. */
export type PostingPatch = Partial<Omit<SavedPosting, 'id' | 'url' | 'savedAt'>>;

export interface SaveResult {
  posting: SavedPosting;
  created: boolean;
}

export function newPostingId(): string {
  return globalThis.crypto.randomUUID();
}

/** Drops undefined fields so that `{ note: undefined }` means "not given", not "erase". */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Inserts the posting, or updates the one already saved under the same url (keeping its id, savedAt,
 * and, unless given, its status and note). Read and write happen in one transaction so two concurrent
 * saves of one url cannot both insert. */
export function savePosting(db: PostfitDb, input: NewPosting, now = Date.now()): Promise<SaveResult> {
  const url = canonicalPostingUrl(input.url);
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const existing = await db.postings.where('url').equals(url).first();
      const base = existing ?? { id: newPostingId(), savedAt: now, status: 'saved' as const, note: '' };
      const posting = parseOrThrow(SavedPostingSchema, { ...base, ...definedOnly(input), id: base.id, savedAt: base.savedAt, url });
      await db.postings.put(posting);
      return { posting, created: !existing };
    }),
  );
}

export interface ListOptions {
  status?: PostingStatus;
  /** savedAt: newest first (default). score: best first, unscored last. */
  orderBy?: 'savedAt' | 'score';
}

export async function listPostings(db: PostfitDb, opts: ListOptions = {}): Promise<SavedPosting[]> {
  const list = opts.status
    ? await db.postings.where('status').equals(opts.status).toArray()
    : await db.postings.orderBy('savedAt').reverse().toArray();
  if (opts.orderBy === 'score') {
    // Not via the score index: IndexedDB leaves null keys out of an index, which would drop unscored postings.
    return list.sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || b.savedAt - a.savedAt);
  }
  return opts.status ? list.sort((a, b) => b.savedAt - a.savedAt) : list;
}

/** Live version of listPostings for the UI: emits again after any change to the postings table. */
export function watchPostings(db: PostfitDb, opts: ListOptions = {}): Observable<SavedPosting[]> {
  return liveQuery(() => listPostings(db, opts));
}

export function getPosting(db: PostfitDb, id: string): Promise<SavedPosting | undefined> {
  return db.postings.get(id);
}

/** Applies the patch and returns the updated posting, or null if no posting has this id. */
export function updatePosting(db: PostfitDb, id: string, patch: PostingPatch): Promise<SavedPosting | null> {
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      const existing = await db.postings.get(id);
      if (!existing) return null;
      const { id: _i, url: _u, savedAt: _s, ...allowed } = definedOnly(patch as Partial<SavedPosting>);
      const posting = parseOrThrow(SavedPostingSchema, { ...existing, ...allowed });
      await db.postings.put(posting);
      return posting;
    }),
  );
}

/** Deletes and returns the posting (keep it to offer undo via restorePosting), or null if absent. */
export function deletePosting(db: PostfitDb, id: string): Promise<SavedPosting | null> {
  return db.transaction('rw', db.postings, async () => {
    const existing = await db.postings.get(id);
    if (existing) await db.postings.delete(id);
    return existing ?? null;
  });
}

/** Undo of a delete: puts the record back as it was. If the url was saved again meanwhile, the restored
 * record replaces that copy, since undo means "give me back what I had" (status, note, savedAt). */
export function restorePosting(db: PostfitDb, record: SavedPosting): Promise<SavedPosting> {
  const posting = parseOrThrow(SavedPostingSchema, record);
  return guardWrite(() =>
    db.transaction('rw', db.postings, async () => {
      await db.postings.where('url').equals(posting.url).and((p) => p.id !== posting.id).delete();
      await db.postings.put(posting);
      return posting;
    }),
  );
}
