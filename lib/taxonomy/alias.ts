// Alias spelling shared by the build (which precomputes the match index) and the matcher.
import { BOUND, SEP, tokenize } from './normalize';

/** Alias strength: 0 plain, 1 cased (^), 2 ambiguous (~), 3 generic word (?): an ordinary word that names a
 * skill only in a skill context ("experience with monitoring", "logging, monitoring and alerting"). */
export type AliasFlag = 0 | 1 | 2 | 3;

export function splitFlag(alias: string): [string, AliasFlag] {
  if (alias.startsWith('~')) return [alias.slice(1), 2];
  if (alias.startsWith('^')) return [alias.slice(1), 1];
  if (alias.startsWith('?')) return [alias.slice(1), 3];
  return [alias, 0];
}

const PLAIN = /^[a-z0-9 ]+$/;

/** The tokens an alias must meet in text, as the matcher's tokeniser spells them. */
export function aliasTokens(surface: string): string[] {
  // Fast path: plain ASCII words need no tokeniser.
  const parts = PLAIN.test(surface) ? surface.split(' ') : tokenize(surface).filter((t) => t.kind !== SEP && t.kind !== BOUND).map((t) => t.t);
  return parts.filter(Boolean);
}

/** One entry of the match index: [concept index, flag, ...the tokens after the first]. */
export type MatchEntry = (number | string)[];

/** The match index: for each first token, the aliases that start with it, in taxonomy order (the first of equal
 * token sequences wins). Precomputed by the build (core.json's `match`), so loading builds no trie. */
export function matchIndex(concepts: { aliases: string[] }[]): Record<string, MatchEntry[]> {
  const out: Record<string, MatchEntry[]> = Object.create(null) as Record<string, MatchEntry[]>;
  const seen = new Set<string>();
  concepts.forEach((c, ci) => {
    for (const a of c.aliases) {
      const [surface, flag] = splitFlag(a);
      const parts = aliasTokens(surface);
      const key = parts.join(' ');
      if (!parts.length || seen.has(key)) continue;
      seen.add(key);
      (out[parts[0]!] ??= []).push([ci, flag, ...parts.slice(1)]);
    }
  });
  return out;
}

const JOINS = new Set(['.', '+', '#', '/', '&']);

/** normKey() of the alias a match entry spells: its tokens, a space only between two words ("node.js", "c++",
 * "machine learning"), as the look-ups key names. */
export function entryKey(first: string, e: MatchEntry): string {
  let k = first;
  let prevWord = !JOINS.has(first);
  for (let i = 2; i < e.length; i++) {
    const t = e[i] as string;
    const word = !JOINS.has(t);
    if (word && prevWord) k += ' ';
    k += t;
    prevWord = word;
  }
  return k;
}
