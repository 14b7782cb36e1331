// A list of words that share one head at its end: "excellent interpersonal, presentation, negotiation and closing
// skills" asks for interpersonal skills, presentation skills and negotiation skills, each of which the taxonomy
// knows only with the word "skills" after it ("presentation" alone is a slide deck, not a skill); "unit and
// integration testing" asks for unit testing too. Each word of the list is tried with the shared head; a word that
// names a skill so is an item of its own.
import type { SkillMatch } from './types';
import { matchSkills } from '../taxonomy/match';
import { romanceHeadMatches } from './romance-heads';

// Heads that lists share in English: "unit and integration testing", "B2B and B2D marketing", "front-end and
// back-end development", "Lambda and Kappa architectures". A word becomes an item only if word + head is one concept.
const HEAD =
  /(?<![\p{L}\p{N}])(?:skills|abilities|testing|management|marketing|development|design|architectures?|engineering|analysis|analytics|security|sales|programming|modell?ing|automation|monitoring|accounting|law|care|nursing|learning|processing|repositories|registries)(?![\p{L}\p{N}])/giu;
// What joins two words of the list: a comma, "and", "or", "&" or a slash, with its spaces.
const JOIN = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/i;
const MEMBER = /^\p{L}[\p{L}-]*$/u;
// What may follow a head other than "skills": the end of the item, or a word that says how much or which kind.
const HEAD_ENDS =
  /^(?:\s*$|\s*[,;.:)/!?]|\s+(?:and|or|with|in|for|to|on|is|are|as|skills?|experience|knowledge|background|expertise|concepts|practices|principles|frameworks|tools|techniques|methodolog\w*|fundamentals|best practices|(?:is |are |would be )?(?:a )?(?:plus|preferred|required|desired))\b)/i;
const NOT_QUALIFIERS = /^(?:personal|professional|career|self|own|other|related|general|overall|strong|good|solid|deep)$/i;
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

/** Skills named by a word of a list with the list's shared head ("presentation" in "presentation and negotiation
 * skills"). A match of `known` on exactly that word is replaced by the caller (see skills.ts). */
export function sharedHeadMatches(text: string, known: readonly SkillMatch[]): SkillMatch[] {
  const out: SkillMatch[] = [];
  HEAD.lastIndex = 0;
  for (let h = HEAD.exec(text); h; h = HEAD.exec(text)) {
    const skillsHead = /^(?:skills|abilities)$/i.test(h[0]);
    // "data engineering solutions", "security technologies": the head is itself a qualifier of the noun after it.
    if (!skillsHead && !HEAD_ENDS.test(text.slice(h.index + h[0].length, h.index + h[0].length + 40))) continue;
    const words = listBefore(text, h.index);
    // The last word already meets the head in the text: the matcher read it there.
    for (const w of words.slice(1)) {
      // A word the matcher read on its own yields to the longer skill it names with the head ("Lambda" in "Lambda
      // and Kappa architectures"); one that only part of a longer match covers is that match's.
      const covering = known.filter((m) => m.start < w.end && w.start < m.end);
      if (covering.some((m) => m.start < w.start || m.end > w.end)) continue;
      // "building, deployment, release automation", "personal and professional development": a verb's -ing form or
      // a word about the person qualifies nothing.
      if (!skillsHead && (/ing$/i.test(w.text) || NOT_QUALIFIERS.test(w.text))) continue;
      // "Jira configuration and project management": the word belongs to the skill right before it.
      if (!skillsHead && known.some((m) => m.end === w.start - 1 && text[m.end] === ' ')) continue;
      const probe = `${w.text} ${h[0]}`;
      const found = matchSkills(probe);
      const m = found.length === 1 ? found[0]! : undefined;
      if (m && covering.some((k) => k.id === m.id)) continue;
      if (m && m.start === 0 && m.end === probe.length && !out.some((o) => o.id === m.id)) {
        out.push({ id: m.id, name: m.name, start: w.start, end: w.end, surface: w.text });
      }
    }
  }
  for (const m of romanceHeadMatches(text, known)) if (!out.some((o) => o.id === m.id)) out.push(m);
  return out;
}
