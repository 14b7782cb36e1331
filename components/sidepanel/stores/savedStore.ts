// Saved postings: the live list from the database, the user's sort / filter / search, edits, delete with undo,
// and scores kept in step with the profile (every record is scored again when the profile changes; changed
// scores are written back with the formula version).
import { liveQuery } from 'dexie';
import { startFeed, type Feed } from './postingsFeed';
import { createStore } from 'zustand/vanilla';
// Only zod-free modules here: the first screen must not wait for zod. The validating writes (lib/db/postings)
// and the scoring (lib/saved/rescore, lib/fit) are loaded when first needed.
import { getDb } from '../../../lib/db/connection';
import { PROFILE_KEY, type PostfitDb } from '../../../lib/db/database';
import { guardWrite, StorageFullError } from '../../../lib/db/errors';
import { ValidationError } from '../../../lib/db/issues';
import type { SavedPosting } from '../../../lib/db/records';
import type { PostingStatus } from '../../../lib/db/statuses';
import type { SkillGraph } from '../../../lib/fit/types';
import type { Profile } from '../../../lib/profile/schema';
import type { SortKey, StatusFilter } from '../../../lib/saved/list';
import type { Rescored } from '../../../lib/saved/rescore';
import { loadGraph } from './graph';

const writes = () => import('../../../lib/db/postings');
const scorer = () => import('../../../lib/saved/rescore');

export interface SavedState {
  postings: SavedPosting[];
  /** True once something can be shown (the first screen, or everything). */
  loaded: boolean;
  /** True once every posting is read; until then `postings` is the first screen of `total`. */
  complete: boolean;
  /** The number of saved postings; null until counted. */
  total: number | null;
  /** Scores for the current profile, by posting id; empty until the first pass is done. */
  scored: ReadonlyMap<string, Rescored>;
  /** True while postings are being scored for the current profile. */
  scoring: boolean;
  hasSkills: boolean;
  sort: SortKey;
  status: StatusFilter;
  query: string;
  /** The last deleted posting, while its undo is offered. */
  undo: SavedPosting | null;
  message: string | null;
  start(): () => void;
  setSort(sort: SortKey): void;
  setStatusFilter(status: StatusFilter): void;
  setQuery(query: string): void;
  setStatus(id: string, status: PostingStatus): Promise<boolean>;
  setNote(id: string, note: string): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  undoRemove(): Promise<boolean>;
  dismissUndo(): void;
}

const describe = (e: unknown) =>
  e instanceof StorageFullError ? e.message
  : e instanceof ValidationError ? `Not saved: ${e.issues.join('; ')}`
  : `Not saved: ${e instanceof Error ? e.message : String(e)}`;

/** Yields to the browser between chunks so scoring 10,000 postings never freezes the panel. */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));
const CHUNK = 250;

export function createSavedStore(openDb: () => Promise<PostfitDb> = () => getDb(), graph: () => Promise<SkillGraph> = loadGraph) {
  let run = 0;
  let scoredFor: Profile | null = null;

  return createStore<SavedState>()((set, get) => {
    /** Scores what is not scored yet for this profile (everything, after a profile change). */
    async function rescoreAll(profile: Profile | null) {
      const postings = get().postings;
      if (!profile || !profile.skills.length) {
        run++;
        set({ scored: new Map(), scoring: false, hasSkills: false });
        scoredFor = profile;
        return;
      }
      const mine = ++run;
      const fresh = profile !== scoredFor;
      const prev = fresh ? new Map<string, Rescored>() : get().scored;
      const todo = postings.filter((p) => !prev.has(p.id));
      if (!todo.length) {
        if (fresh) {
          scoredFor = profile;
          set({ scored: prev, scoring: false, hasSkills: true });
        }
        return;
      }
      set({ scoring: true, hasSkills: true });
      let g: SkillGraph;
      let rescore: Awaited<ReturnType<typeof scorer>>['rescore'];
      let staleScores: Awaited<ReturnType<typeof scorer>>['staleScores'];
      try {
        [g, { rescore, staleScores }] = await Promise.all([graph(), scorer()]);
      } catch {
        return set({ scoring: false });
      }
      const next = new Map(prev);
      for (let i = 0; i < todo.length; i += CHUNK) {
        if (i > 0) await nextTask();
        if (mine !== run) return; // a newer profile or list started its own pass
        for (const p of todo.slice(i, i + CHUNK)) next.set(p.id, rescore(p, profile, g));
      }
      scoredFor = profile;
      set({ scored: next, scoring: false });
      const stale = staleScores(todo, next);
      if (stale.length) {
        try {
          const db = await openDb();
          const changes = stale.map(({ id, score, formulaVersion }) => ({ key: id, changes: { score, formulaVersion } }));
          const write = () => guardWrite(() => db.postings.bulkUpdate(changes));
          // The new scores are already shown: no need to read the postings again, only to keep them in step.
          await (feed ? feed.quietly(write) : write());
          const byId = new Map(stale.map((x) => [x.id, x]));
          set({ postings: get().postings.map((p) => { const x = byId.get(p.id); return x ? { ...p, score: x.score, formulaVersion: x.formulaVersion } : p; }) });
        } catch {
          // shown scores are right anyway; the stored ones are refreshed on the next pass
        }
      }
    }

    let profile: Profile | null = null;
    let feed: Feed | null = null;

    return {
      postings: [],
      loaded: false,
      complete: false,
      total: null,
      scored: new Map(),
      scoring: false,
      hasSkills: true,
      sort: 'score',
      status: 'all',
      query: '',
      undo: null,
      message: null,

      start() {
        let stopped = false;
        const subs: { unsubscribe(): void }[] = [];
        openDb().then(
          (db) => {
            if (stopped) return;
            feed = startFeed(db, get().sort, {
              preview: (postings, total) => {
                if (!get().complete) set({ postings, total, loaded: true });
              },
              full: (postings, changed) => {
                if (!get().complete) performance.mark('postfit:saved-loaded');
                // A posting saved again may carry a new record: score it again.
                let scored = get().scored;
                if (changed?.some((id) => scored.has(id))) {
                  const next = new Map(scored);
                  changed.forEach((id) => next.delete(id));
                  scored = next;
                } else if (!changed && scored.size) scored = new Map();
                set({ postings, total: postings.length, loaded: true, complete: true, scored });
                void rescoreAll(profile);
              },
              error: (e) => set({ loaded: true, message: describe(e) }),
            });
            subs.push(
              // No stored profile scores like an empty one (no skills): emptyProfile() would load zod.
              liveQuery(async () => (await db.profile.get(PROFILE_KEY)) ?? null).subscribe({
                next: (p) => {
                  profile = p;
                  if (get().complete) void rescoreAll(p);
                },
                error: () => {},
              }),
            );
          },
          (e) => set({ loaded: true, message: `Could not open Postfit's storage: ${describe(e)}` }),
        );
        return () => {
          stopped = true;
          run++;
          feed?.stop();
          feed = null;
          subs.forEach((s) => s.unsubscribe());
        };
      },

      setSort: (sort) => set({ sort }),
      setStatusFilter: (status) => set({ status }),
      setQuery: (query) => set({ query }),

      async setStatus(id, status) {
        return edit(id, { status });
      },
      async setNote(id, note) {
        const p = get().postings.find((x) => x.id === id);
        if (!p || p.note === note) return true;
        return edit(id, { note });
      },

      async remove(id) {
        try {
          const [db, { deletePosting }] = await Promise.all([openDb(), writes()]);
          const gone = await deletePosting(db, id);
          set({ undo: gone, message: null });
          return gone != null;
        } catch (e) {
          set({ message: describe(e) });
          return false;
        }
      },
      async undoRemove() {
        const p = get().undo;
        if (!p) return false;
        try {
          const [db, { restorePosting }] = await Promise.all([openDb(), writes()]);
          await restorePosting(db, p);
          set({ undo: null });
          return true;
        } catch (e) {
          set({ message: describe(e) });
          return false;
        }
      },
      dismissUndo: () => set({ undo: null }),
    };

    async function edit(id: string, patch: Partial<Pick<SavedPosting, 'status' | 'note'>>) {
      // Show the change at once; the live query confirms it (or brings back the stored value on failure).
      set({ postings: get().postings.map((p) => (p.id === id ? { ...p, ...patch } : p)), message: null });
      try {
        const [db, { updatePosting }] = await Promise.all([openDb(), writes()]);
        await updatePosting(db, id, patch);
        return true;
      } catch (e) {
        set({ message: describe(e) });
        const db = await openDb().catch(() => null);
        const stored = db ? await db.postings.get(id).catch(() => undefined) : undefined;
        if (stored) set({ postings: get().postings.map((p) => (p.id === id ? stored : p)) });
        return false;
      }
    }
  });
}

export type SavedStore = ReturnType<typeof createSavedStore>;
