// The skill search box: what is typed, the taxonomy's suggestions and which one the arrow keys point at.
import { createStore } from 'zustand/vanilla';
import type { Concept } from '../../../lib/taxonomy/types';
import { loadTaxonomy } from './taxonomy';

export const SUGGESTION_LIMIT = 8;

export interface SuggestionsState {
  query: string;
  results: Concept[];
  /** Index of the highlighted option, -1 for none. The last index + 1 is the "add as typed" option. */
  active: number;
  open: boolean;
  /** False while the suggestions for the current query are being computed. */
  ready: boolean;
  /** The query is a skill's name or alias ("k8s"): no need to offer adding it as typed. */
  known: boolean;
  setQuery(q: string): Promise<void>;
  /** Moves the highlight by delta through `count` options, wrapping around. */
  move(delta: number, count: number): void;
  close(): void;
  clear(): void;
}

export function createSuggestionsStore(load = loadTaxonomy) {
  let seq = 0;
  return createStore<SuggestionsState>()((set, get) => ({
    query: '',
    results: [],
    active: -1,
    open: false,
    ready: true,
    known: false,
    async setQuery(query) {
      const mine = ++seq;
      set({ query, open: query.trim() !== '', active: -1, ready: false });
      if (!query.trim()) return set({ results: [], ready: true });
      const { suggest, conceptByName } = await load();
      if (mine !== seq) return; // a later keystroke won
      const results = suggest(query, SUGGESTION_LIMIT);
      set({ results, active: results.length ? 0 : -1, ready: true, known: conceptByName(query) !== undefined });
    },
    move(delta, count) {
      if (count === 0) return;
      const { active, open } = get();
      if (!open) return set({ open: true, active: delta > 0 ? 0 : count - 1 });
      set({ active: active < 0 ? (delta > 0 ? 0 : count - 1) : (active + delta + count) % count });
    },
    close: () => set({ open: false, active: -1 }),
    clear: () => {
      seq++;
      set({ query: '', results: [], active: -1, open: false, ready: true, known: false });
    },
  }));
}

export type SuggestionsStore = ReturnType<typeof createSuggestionsStore>;
