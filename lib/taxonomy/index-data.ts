// The matcher's structures over the loaded taxonomy (load.ts): the match index as a Map (from core.json's
// precomputed one, on first match), and the name/label lookups and sorted key list for suggest() (on first
// lookup, with the look-up-only labels of extra-N.json when they are loaded).
import type { Concept } from './types';
import { normKey } from './normalize';
import { splitFlag, type MatchEntry } from './alias';
import { loadedAll, loadedCore, onTaxonomyChange, type Loaded } from './load';

export { splitFlag, type AliasFlag, type MatchEntry } from './alias';

export interface Index {
  concepts: Concept[];
  byId: Map<string, number>;
  /** First token → the aliases starting with it (see alias.ts). */
  first: Map<string, MatchEntry[]>;
}

export interface Lookup {
  byName: Map<string, number>;
  byAlias: Map<string, number>;
  /** Sorted [key, conceptIndex] pairs of names and aliases, for prefix search. */
  keys: [string, number][];
}

let index: Index | null = null;
let lookup: Lookup | null = null;
onTaxonomyChange(() => {
  index = null;
  lookup = null;
});

export function getIndex(): Index {
  if (index) return index;
  const l = loadedCore();
  index = { concepts: l.concepts, byId: l.byId, first: new Map(Object.entries(l.match)) };
  return index;
}

/** Concepts and ids, without the match index (getConcept, parentsOf, the scorer's graph). */
export function getConcepts(): Loaded {
  return loadedCore();
}

export function getLookup(): Lookup {
  if (lookup) return lookup;
  const l = loadedAll() ?? loadedCore();
  const { concepts } = l;
  const byName = new Map<string, number>();
  const byAlias = new Map<string, number>();
  const keySet = new Map<string, number>();
  const addKey = (k: string, ci: number) => {
    if (!k) return;
    if (!byAlias.has(k)) byAlias.set(k, ci);
    if (!keySet.has(k)) keySet.set(k, ci);
  };
  concepts.forEach((c, ci) => {
    if (c.group) return; // groups are parents, not skills a user picks
    const nk = normKey(c.name);
    if (!byName.has(nk)) byName.set(nk, ci);
    if (!keySet.has(nk)) keySet.set(nk, ci);
    for (const a of c.aliases) addKey(normKey(splitFlag(a)[0]), ci);
  });
  // Look-up-only labels come after every matchable alias: an alias wins a key they share.
  l.labels?.forEach((joined, ci) => {
    if (!joined || concepts[ci]?.group) return;
    for (const label of joined.split('|')) addKey(normKey(label), ci);
  });
  const keys = [...keySet.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  lookup = { byName, byAlias, keys };
  return lookup;
}
