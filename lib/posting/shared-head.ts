// A list of words that share one "skills" at its end: "excellent interpersonal, presentation, negotiation and
// closing skills" asks for interpersonal skills, presentation skills and negotiation skills, each of which the
// taxonomy knows only with the word "skills" after it ("presentation" alone is a slide deck, not a skill). Each
// word of the list is tried with the shared head; a word that names a skill so is an item of its own.
import type { SkillMatch } from './types';
import { matchSkills } from '../taxonomy/match';

const HEAD = /(?<![\p{L}\p{N}])(?:skills|abilities)(?![\p{L}\p{N}])/giu;
// What joins two words of the list: a comma, "and", "or", "&" or a slash, with its spaces.
const JOIN = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/i;
const MEMBER = /^\p{L}[\p{L}-]*$/u;
const MAX_MEMBERS = 8;

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}-]/u;
const GAP_CHAR = /[ ,/&]/;
const CONJUNCTION = /(?:^|[ ,])(and|or)$/i;

/** The words of the list that ends right before `at` (its last word first), joined as JOIN allows. A hand-written
 * walk back: a regex anchored at the end would be tried from every position of a long text. */
function listBefore(text: string, at: number): Word[] {
  const out: Word[] = [];
  if (text[at - 1] !== ' ') return out;
  let end = at - 1;
  while (out.length < MAX_MEMBERS) {
    let start = end;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
    const word = text.slice(start, end);
    if (!MEMBER.test(word) || /^(?:and|or)$/i.test(word)) break;
    out.push({ text: word, start, end });
    let gap = start;
    while (gap > 0 && GAP_CHAR.test(text[gap - 1]!)) gap--;
    const conjunction = CONJUNCTION.exec(text.slice(Math.max(0, gap - 4), gap));
    if (conjunction) {
      gap -= conjunction[1]!.length;
      while (gap > 0 && GAP_CHAR.test(text[gap - 1]!)) gap--;
    }
    if (!JOIN.test(text.slice(gap, start))) break;
    end = gap;
  }
  return out;
}

/** Skills named by a word of a list with the list's shared "skills" ("presentation" in "presentation and
 * negotiation skills"), where no match of `known` covers the word already. */
export function sharedHeadMatches(text: string, known: readonly SkillMatch[]): SkillMatch[] {
  const out: SkillMatch[] = [];
  HEAD.lastIndex = 0;
  for (let h = HEAD.exec(text); h; h = HEAD.exec(text)) {
    const words = listBefore(text, h.index);
    // The last word already meets the head in the text: the matcher read it there.
    for (const w of words.slice(1)) {
      if (known.some((m) => m.start < w.end && w.start < m.end)) continue;
      const probe = `${w.text} ${h[0]}`;
      const found = matchSkills(probe);
      const m = found.length === 1 ? found[0]! : undefined;
      if (m && m.start === 0 && m.end === probe.length && !out.some((o) => o.id === m.id)) {
        out.push({ id: m.id, name: m.name, start: w.start, end: w.end, surface: w.text });
      }
    }
  }
  return out;
}
