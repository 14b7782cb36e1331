// The matcher's structures over the loaded taxonomy (load.ts): the match index as a Map (from core.json's
// precomputed one, on first match), and the name/label lookups and sorted key list for suggest() (on first
// lookup, with the look-up-only labels of extra-N.json when they are loaded).
import type { Concept } from './types';
import { normKey } from './normalize';
import { entryKey, type MatchEntry } from './alias';
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
  nameKeys = null;
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
  // The first concept in taxonomy order owns a key it shares with a later one, alias or name alike.
  const addKey = (m: Map<string, number>, k: string, ci: number) => {
    if (!k) return;
    const old = m.get(k);
    if (old === undefined || ci < old) m.set(k, ci);
  };
  concepts.forEach((c, ci) => {
    if (c.group) return; // groups are parents, not skills a user picks
    const nk = normKey(c.name);
    if (!byName.has(nk)) byName.set(nk, ci);
    addKey(keySet, nk, ci);
  });
  for (const [first, entries] of Object.entries(l.match)) {
    for (const e of entries) {
      const k = entryKey(first, e);
      addKey(byAlias, k, e[0] as number);
      addKey(keySet, k, e[0] as number);
    }
  }
  // Look-up-only labels come after every matchable alias: an alias wins a key they share.
  l.labels?.forEach((joined, ci) => {
    if (!joined || concepts[ci]?.group) return;
    for (const label of joined.split('|')) {
      const k = normKey(label);
      if (k && !byAlias.has(k)) byAlias.set(k, ci);
      if (k && !keySet.has(k)) keySet.set(k, ci);
    }
  });
  // Sorted only when the skill search first asks: a name look-up (conceptByName: profiles read by name, the
  // popup's "is this a known skill") must not pay for sorting every key.
  let keys: [string, number][] | null = null;
  lookup = {
    byName,
    byAlias,
    get keys() {
      return (keys ??= [...keySet.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    },
  };
  return lookup;
}

let nameKeys: Set<string> | null = null;

/**
 * Is `key` (the normKey() of a text whose first token is `first`) a core name or alias, one a parse can match?
 * Read from the match index (the aliases starting with `first`) and core.json's nameKeys, without a set of all
 * ~25,000 keys: building that was ~30 ms of a cold worker's first parse, for the few look-ups a posting needs. The
 * parser asks this, never the look-up-only labels: those reach the extension's worker only when a search needs
 * them, and a parse must give the same record in the worker as on the command line.
 */
export function coreHasKey(key: string, first: string): boolean {
  if ((nameKeys ??= new Set(loadedCore().nameKeys)).has(key)) return true;
  const entries = getIndex().first.get(first);
  return entries !== undefined && entries.some((e) => entryKey(first, e) === key);
}
