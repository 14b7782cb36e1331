// Short product names in a list of their peers: "CI/CD (Octopus, TeamCity, Travis, GitHub Actions)" asks for Octopus
// Deploy and Travis CI. Alone, "Octopus" and "Travis" are an animal and a first name, so the taxonomy does not match
// them; beside a neighbour of the same kind they are the product whose two-word name they start.
// Precision first: the word is capitalised as the name writes it, is no ordinary noun, stands as an item of its own
// (list marks on both sides, so never a line's first word), starts the name of exactly one concept, and a list
// neighbour (only list marks between) is a matched skill of that concept's category.
import type { SkillMatch } from './types';
import type { Concept } from '../taxonomy/types';
import { getConcepts } from '../taxonomy/index-data';
import { getConcept } from '../taxonomy/match';

const NAME = /\p{Lu}[\p{L}\p{N}]+/gu;
// What may stand between two items of a list: marks, "and", "or".
const LIST_GAP = /^[\s,;/&()]*(?:(?:and|or|und|oder|et|ou|y|o|e|en|of)[\s,;/&()]+)?$/i;
const BEFORE_ITEM = /(?:[,;/(]|\b(?:and|or|und|oder|et|ou|y|o|e|en|of))\s*$/i;
const AFTER_ITEM = /^\s*(?:[,;/)]|(?:and|or|und|oder|et|ou|y|o|e|en|of)\b|$)/i;
const MAX_GAP = 40;
const ORDINARY_END = /(?:tion|sion|ment|ness|ship|ity|ism|ance|ence|ics|ing|ure|age|ery|al)$/;

let byFirst: { concepts: unknown; map: Map<string, Concept | null> } | null = null;

/** Core concepts with a two-word name, by their first word; null where several names start with it. */
function firstWords(): Map<string, Concept | null> {
  const l = getConcepts();
  if (byFirst?.concepts === l.concepts) return byFirst.map;
  const map = new Map<string, Concept | null>();
  for (let i = 0; i < l.coreCount; i++) {
    const c = l.concepts[i]!;
    if (c.group || c.soft) continue;
    const sp = c.name.indexOf(' ');
    if (sp < 1 || c.name.indexOf(' ', sp + 1) !== -1 || !/^\p{Lu}/u.test(c.name)) continue;
    const first = c.name.slice(0, sp).toLowerCase();
    map.set(first, map.has(first) ? null : c);
  }
  byFirst = { concepts: l.concepts, map };
  return map;
}

/** The peers' products among the capitalised words of `text` that no match of `known` covers. */
export function peerNameMatches(text: string, known: readonly SkillMatch[]): SkillMatch[] {
  if (known.length === 0) return [];
  const out: SkillMatch[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (!BEFORE_ITEM.test(before) || !AFTER_ITEM.test(text.slice(end, end + 8))) continue;
    const concept = firstWords().get(m[0].toLowerCase());
    // Written as the name writes it ("Maya" is not "MAYA Nastran"), and not an ordinary noun ("Integration").
    if (!concept || !concept.name.startsWith(`${m[0]} `) || ORDINARY_END.test(m[0].toLowerCase())) continue;
    if (out.some((o) => o.id === concept.id) || known.some((k) => k.id === concept.id)) continue;
    const prev = [...known].reverse().find((k) => k.end <= start);
    const next = known.find((k) => k.start >= end);
    const peer = (k: SkillMatch | undefined, gap: string) =>
      !!k && gap.length <= MAX_GAP && LIST_GAP.test(gap) && getConcept(k.id)?.category === concept.category;
    if (peer(prev, prev ? text.slice(prev.end, start) : '') || peer(next, next ? text.slice(end, next.start) : '')) {
      out.push({ id: concept.id, name: concept.name, start, end, surface: m[0] });
    }
  }
  return out;
}
