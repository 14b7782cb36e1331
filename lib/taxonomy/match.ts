// The skill matcher: finds taxonomy concepts in free text. Pure TS (runs in a service worker).
// Tokenise once, then walk the alias trie from each token; the longest alias at a position wins and
// matches never overlap. Ambiguous aliases are kept only in a skill context (see context.ts).
import type { SkillMatch } from '../posting/types';
import type { Concept } from './types';
import { tokenize, normKey, keyOf, WORD as WORD_KIND, JOIN as JOIN_KIND, type Token } from './normalize';
import { coreHasKey, getConcepts, getIndex, getLookup, type AliasFlag, type MatchEntry } from './index-data';
export { parentsOf, broaderOf, implies, impliedBy, labelsOf } from './relations';
import { resolveContext, type Candidate } from './context';
import { WordFilter } from './word-filter';

export type { Concept } from './types';

// Plain locals: a transpiled import is a getter call per use, and these are read per token.
const WORD: number = WORD_KIND;
const JOIN: number = JOIN_KIND;

// The words an alias can start with, as a bit filter in front of the index's Map (see word-filter.ts).
let firstWords: { root: Map<string, MatchEntry[]>; filter: WordFilter } | null = null;
function firstWordFilter(root: Map<string, MatchEntry[]>): WordFilter {
  if (firstWords?.root !== root) firstWords = { root, filter: new WordFilter(root.keys()) };
  return firstWords.filter;
}

/**
 * Acronyms in brackets that only repeat the initials of the words before them ("continuous integration (CI) and
 * continuous delivery (CD)", "Platform-as-a-Service (PaaS)"): the bracket's token index → where those words start.
 * Null when there are none.
 */
const ACRONYM = /^[a-z]{2,6}$/;
function echoedAcronyms(tokens: Token[]): Map<number, number> | null {
  let at: Map<number, number> | null = null;
  for (let k = 0; k + 2 < tokens.length; k++) {
    const word = tokens[k + 1]!;
    if (tokens[k]!.t !== '(' || tokens[k + 2]!.t !== ')' || word.kind !== WORD || !ACRONYM.test(word.t)) continue;
    let initials = '';
    let j = k - 1;
    for (; j >= 0 && tokens[j]!.kind === WORD && initials.length < word.t.length; j--) initials = tokens[j]!.t[0] + initials;
    if (initials === word.t) (at ??= new Map()).set(k, j + 1);
  }
  return at;
}

/** Alias matches along the tokens, left to right: the longest alias at a position wins, none overlap. */
function walk(tokens: Token[], root: Map<string, MatchEntry[]>, filter: WordFilter): Candidate[] {
  const cands: Candidate[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const first = tokens[i] as Token;
    // Most tokens start no alias: one filter test, at most one Map look-up, no objects.
    const list: MatchEntry[] | undefined = (first.kind === WORD || first.kind === JOIN) && filter.mayHave(first.t) ? root.get(first.t) : undefined;
    if (list === undefined) {
      i++;
      continue;
    }
    // The longest alias wins; of equal ones, the first in taxonomy order.
    let best: MatchEntry | undefined;
    let bestEnd = i;
    for (const e of list) {
      const end = i + e.length - 1; // e = [ci, flag, ...tokens after the first]
      if (end <= bestEnd || end > n) continue;
      let prev = first;
      let ok = true;
      for (let j = i + 1, k = 2; j < end; j++, k++) {
        const tok = tokens[j] as Token;
        // "node.js" must be written without spaces: a joinable mark must touch its neighbours.
        if ((tok.kind !== WORD && tok.kind !== JOIN) || tok.t !== e[k] || (tok.kind === JOIN && tok.t !== '/' && tok.t !== '&' && prev.e !== tok.s)) {
          ok = false;
          break;
        }
        prev = tok;
      }
      if (ok) {
        best = e;
        bestEnd = end;
      }
    }
    if (best !== undefined) {
      cands.push({ ci: best[0] as number, flag: best[1] as AliasFlag, i0: i, i1: bestEnd, ok: false });
      i = bestEnd;
    } else i++;
  }
  return cands;
}

/** Names that run across an echoed acronym ("continuous integration (CI) and continuous delivery (CD)" is CI/CD)
 * replace the matches inside them; the acronym alone still matches where no longer name covers it ("Google
 * Compute Platform (GCP)"). */
function acrossAcronyms(tokens: Token[], cands: Candidate[], echoed: Map<number, number>, root: Map<string, MatchEntry[]>, filter: WordFilter): Candidate[] {
  const dropped = new Set<number>();
  for (const k of echoed.keys()) dropped.add(k).add(k + 1).add(k + 2);
  const kept: number[] = [];
  for (let k = 0; k < tokens.length; k++) if (!dropped.has(k)) kept.push(k);
  let out = cands;
  for (const c of walk(kept.map((k) => tokens[k]!), root, filter)) {
    const a = kept[c.i0]!;
    let b = kept[c.i1 - 1]! + 1;
    if (b - a === c.i1 - c.i0) continue; // runs across no acronym: the first walk found it
    // Only a name that holds all the words an acronym echoes stands for it ("monitoring (APM) tools" does not).
    if ([...echoed].some(([k, from]) => k > a && k < b && from < a)) continue;
    if (echoed.has(b) && echoed.get(b)! >= a) b += 3; // and the acronym of its last words ("… delivery (CD)")
    out = out.filter((o) => o.i1 <= a || o.i0 >= b);
    out.push({ ...c, i0: a, i1: b });
  }
  return out.sort((x, y) => x.i0 - y.i0);
}

// Matching folds accents, so "grâce" (French: thanks to) meets the language Grace. A lower-case word whose accents
// are all its difference from a name spelt without them is another language's word, not the name ("Prométheus",
// capitalised, is the tool in French spelling).
const ACCENTED = /[\u00c0-\u024f]/;
function accentedTwin(surface: string, name: string): boolean {
  return ACCENTED.test(surface) && !ACCENTED.test(name) && surface[0] !== surface[0]!.toUpperCase() && surface.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() === name.toLowerCase();
}

export function matchSkills(text: string): SkillMatch[] {
  const { first: root, concepts } = getIndex();
  const tokens = tokenize(text);
  const filter = firstWordFilter(root);
  let cands = walk(tokens, root, filter);
  const echoed = echoedAcronyms(tokens);
  if (echoed) cands = acrossAcronyms(tokens, cands, echoed, root, filter);
  resolveContext(text, tokens, cands);
  const out: SkillMatch[] = [];
  for (const c of cands) {
    if (!c.ok) continue;
    const concept = concepts[c.ci] as Concept;
    const start = tokens[c.i0]!.s;
    const end = tokens[c.i1 - 1]!.e;
    const surface = text.slice(start, end);
    if (c.i1 - c.i0 === 1 && accentedTwin(surface, concept.name)) continue;
    out.push({ id: concept.id, name: concept.name, start, end, surface });
  }
  return out;
}

export function getConcept(id: string): Concept | undefined {
  const { byId, concepts } = getConcepts();
  const i = byId.get(id);
  return i === undefined ? undefined : concepts[i];
}

/** Looks a concept up by its canonical name (case/accent-insensitive), falling back to its aliases and labels. */
export function conceptByName(name: string): Concept | undefined {
  const { concepts } = getConcepts();
  const { byName, byAlias } = getLookup();
  const k = normKey(name);
  const i = byName.get(k) ?? byAlias.get(k);
  return i === undefined ? undefined : concepts[i];
}

/** Does a core concept (one a parse can match) have this name or alias, whatever else is loaded? */
export function coreKnowsName(name: string): boolean {
  const tokens = tokenize(name).filter((t) => t.kind === WORD || t.kind === JOIN);
  return tokens.length > 0 && coreHasKey(keyOf(tokens), tokens[0]!.t);
}

/** Profile-editor search: exact alias first ("k8s" → Kubernetes), then name/alias prefixes, then substrings. */
export function suggest(query: string, limit = 10): Concept[] {
  const { concepts } = getConcepts();
  const { keys, byAlias, byName } = getLookup();
  const q = normKey(query);
  if (!q) return [];
  const scored = new Map<number, number>();
  const add = (ci: number, score: number) => {
    const old = scored.get(ci);
    if (old === undefined || score < old) scored.set(ci, score);
  };
  const exact = byName.get(q) ?? byAlias.get(q);
  if (exact !== undefined) add(exact, 0);
  // binary search for the first key >= q
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as [string, number])[0] < q) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < keys.length && scored.size < limit * 4; k++) {
    const [key, ci] = keys[k] as [string, number];
    if (!key.startsWith(q)) break;
    add(ci, normKey(concepts[ci]!.name).startsWith(q) ? 1 : 2);
  }
  if (scored.size < limit && q.length >= 3) {
    for (const [key, ci] of keys) {
      if (scored.size >= limit * 4) break;
      if (key.includes(q)) add(ci, 3);
    }
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || concepts[a[0]]!.name.length - concepts[b[0]]!.name.length || a[0] - b[0])
    .slice(0, limit)
    .map(([ci]) => concepts[ci] as Concept);
}
