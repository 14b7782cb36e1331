// Lazily decoded view of taxonomy.json: concepts and the alias trie (built on first match), plus the
// name/alias lookups and the sorted key list for suggest() (built on first lookup).
import data from './taxonomy.json';
import type { Concept, TaxonomyFile } from './types';
import { BOUND, SEP, normKey, tokenize } from './normalize';

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

const PLAIN = /^[a-z0-9 ]+$/;
const aliasParts = (s: string) => tokenize(s).filter((t) => t.kind !== SEP && t.kind !== BOUND).map((t) => t.t);

export function splitFlag(alias: string): [string, AliasFlag] {
  if (alias.startsWith('~')) return [alias.slice(1), 2];
  if (alias.startsWith('^')) return [alias.slice(1), 1];
  if (alias.startsWith('?')) return [alias.slice(1), 3];
  return [alias, 0];
}

export function getIndex(): Index {
  if (index) return index;
  const file = data as unknown as TaxonomyFile;
  const concepts: Concept[] = [];
  const byId = new Map<string, number>();
  const trie: TrieNode = {};
  file.concepts.forEach(([id, name, cat, parents, aliases, flags], ci) => {
    const c: Concept = { id, name, category: file.categories[cat] ?? 'other', parents, aliases };
    if (flags & 1) c.soft = true;
    concepts.push(c);
    byId.set(id, ci);
    for (const a of aliases) {
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
  });
  index = { concepts, byId, trie };
  return index;
}

export function getLookup(): Lookup {
  if (lookup) return lookup;
  const { concepts } = getIndex();
  const byName = new Map<string, number>();
  const byAlias = new Map<string, number>();
  const keySet = new Map<string, number>();
  concepts.forEach((c, ci) => {
    const nk = normKey(c.name);
    if (!byName.has(nk)) byName.set(nk, ci);
    if (!keySet.has(nk)) keySet.set(nk, ci);
    for (const a of c.aliases) {
      const k = normKey(splitFlag(a)[0]);
      if (!k) continue;
      if (!byAlias.has(k)) byAlias.set(k, ci);
      if (!keySet.has(k)) keySet.set(k, ci);
    }
  });
  const keys = [...keySet.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  lookup = { byName, byAlias, keys };
  return lookup;
}
