// The skill search box: what is typed, the taxonomy's suggestions and which one the arrow keys point at.
import { createStore } from 'zustand/vanilla';
import { skillSlug } from '../../../lib/db/slug';
import type { Concept } from '../../../lib/taxonomy/types';
import { loadTaxonomy } from './taxonomy';

export const SUGGESTION_LIMIT = 8;

export interface SuggestionOption {
  id: string;
  name: string;
  note: string;
}

export interface SuggestionsState {
  query: string;
  results: Concept[];
  /** Index of the highlighted option, -1 for none. */
  active: number;
  open: boolean;
  /** False while the suggestions for the current query are being computed. */
  ready: boolean;
  /** The query is a skill's name or alias ("k8s"): no need to offer adding it as typed. */
  known: boolean;
  /** The user moved the highlight since the last keystroke. */
  moved: boolean;
  /** Enter was pressed before the suggestions were ready: pick once they are. */
  pickPending: boolean;
  setQuery(q: string): Promise<void>;
  /** Moves the highlight by delta through `count` options, wrapping around. */
  move(delta: number, count: number): void;
  requestPick(): void;
  takePendingPick(): boolean;
  close(): void;
  clear(): void;
}

/** The options shown: the suggestions, then the text as typed unless it names a known skill. */
export function suggestionOptions(s: Pick<SuggestionsState, 'query' | 'results' | 'known'>): SuggestionOption[] {
  const typed = s.query.trim().replace(/\s+/g, ' ');
  const exact = s.known || s.results.some((c) => c.name.toLowerCase() === typed.toLowerCase());
  return [
    ...s.results.map((c) => ({ id: c.id, name: c.name, note: c.category })),
    ...(typed && !exact ? [{ id: skillSlug(typed), name: typed, note: 'add as typed' }] : []),
  ];
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
    moved: false,
    pickPending: false,
    async setQuery(query) {
      const mine = ++seq;
      // The old suggestions belong to the old text: while the new ones load (the taxonomy loads lazily), the only
      // option is the text as typed, so keys pressed meanwhile act on what the user sees.
      set({ query, results: [], known: false, open: query.trim() !== '', active: -1, ready: false, moved: false, pickPending: false });
      if (!query.trim()) return set({ ready: true });
      const { suggest, conceptByName } = await load();
      if (mine !== seq) return; // a later keystroke won
      const results = suggest(query, SUGGESTION_LIMIT);
      const known = conceptByName(query) !== undefined;
      const count = suggestionOptions({ query, results, known }).length;
      const { moved, active } = get();
      // A highlight moved while loading was on "add as typed", which stays the last option.
      const keep = moved && active >= 0 && !known && count > results.length;
      set({ results, known, ready: true, active: keep ? count - 1 : count ? 0 : -1 });
    },
    move(delta, count) {
      if (count === 0) return;
      const { active, open } = get();
      if (!open) return set({ open: true, moved: true, active: delta > 0 ? 0 : count - 1 });
      set({ moved: true, active: active < 0 ? (delta > 0 ? 0 : count - 1) : (active + delta + count) % count });
    },
    requestPick: () => set({ pickPending: true }),
    takePendingPick() {
      const { pickPending, ready } = get();
      if (!pickPending || !ready) return false;
      set({ pickPending: false });
      return true;
    },
    close: () => set({ open: false, active: -1, pickPending: false }),
    clear: () => {
      seq++;
      set({ query: '', results: [], active: -1, open: false, ready: true, known: false, moved: false, pickPending: false });
    },
  }));
}

export type SuggestionsStore = ReturnType<typeof createSuggestionsStore>;
