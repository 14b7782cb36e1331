// The matcher's structures over the loaded taxonomy (load.ts): the alias trie (built on first match), and the
// name/label lookups and sorted key list for suggest() (built on first lookup, with the look-up-only labels of
// extra.json when they are loaded).
import type { Concept } from './types';
import { BOUND, SEP, normKey, tokenize } from './normalize';
import { loadedAll, loadedCore, onTaxonomyChange, type Loaded } from './load';

/** Alias strength: 0 plain, 1 cased (^), 2 ambiguous (~), 3 generic word (?): an ordinary word that names a
 * skill only in a skill context ("experience with monitoring", "logging, monitoring and alerting"). */
export type AliasFlag = 0 | 1 | 2 | 3;

export interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Concept index and flag of the alias ending here. */
  hit?: number;
  flag?: AliasFlag;
}

export interface Index {
  concepts: Concept[];
  byId: Map<string, number>;
  trie: TrieNode;
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

const PLAIN = /^[a-z0-9 ]+$/;
const aliasParts = (s: string) => tokenize(s).filter((t) => t.kind !== SEP && t.kind !== BOUND).map((t) => t.t);

export function splitFlag(alias: string): [string, AliasFlag] {
  if (alias.startsWith('~')) return [alias.slice(1), 2];
  if (alias.startsWith('^')) return [alias.slice(1), 1];
  if (alias.startsWith('?')) return [alias.slice(1), 3];
  return [alias, 0];
}

function buildTrie(l: Loaded): TrieNode {
  const trie: TrieNode = {};
  // Only core concepts carry matchable aliases.
  for (let ci = 0; ci < l.coreCount; ci++) {
    for (const a of l.concepts[ci]!.aliases) {
      const [surface, flag] = splitFlag(a);
      let node = trie;
      let any = false;
      // Fast path: plain ASCII words need no tokeniser.
      const parts = PLAIN.test(surface) ? surface.split(' ') : aliasParts(surface);
      for (const part of parts) {
        if (!part) continue;
        node.next ??= new Map();
        let child = node.next.get(part);
        if (!child) node.next.set(part, (child = {}));
        node = child;
        any = true;
      }
      if (any && node.hit === undefined) {
        node.hit = ci;
        node.flag = flag;
      }
    }
  }
  return trie;
}

export function getIndex(): Index {
  if (index) return index;
  const l = loadedCore();
  index = { concepts: l.concepts, byId: l.byId, trie: buildTrie(l) };
  return index;
}

/** Concepts and ids without building the trie (getConcept, parentsOf, the scorer's graph). */
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
