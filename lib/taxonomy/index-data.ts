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
  coreNames = null;
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
  // Sorted only when the skill search first asks: a name look-up (the parser's open vocabulary asks one per
  // candidate) must not pay for sorting every key.
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

let coreNames: Map<string, number> | null = null;

/** Names and aliases of the core concepts only (the ones a parse can match), built once. The parser asks this,
 * never the look-up-only labels: those reach the extension's worker only when a search needs them, and a parse
 * must give the same record in the worker as on the command line. */
export function getCoreNames(): Map<string, number> {
  if (coreNames) return coreNames;
  const l = loadedCore();
  const names = new Map<string, number>();
  for (let ci = 0; ci < l.coreCount; ci++) {
    const c = l.concepts[ci]!;
    if (c.group) continue;
    const nk = normKey(c.name);
    if (nk && !names.has(nk)) names.set(nk, ci);
  }
  for (let ci = 0; ci < l.coreCount; ci++) {
    const c = l.concepts[ci]!;
    if (c.group) continue;
    for (const a of c.aliases) {
      const k = normKey(splitFlag(a)[0]);
      if (k && !names.has(k)) names.set(k, ci);
    }
  }
  coreNames = names;
  return names;
}
