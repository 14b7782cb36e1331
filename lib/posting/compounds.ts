// Compound skills the taxonomy holds only by their head word: "field marketing", "B2B marketing", "inside sales",
// "embedded Linux", "performance monitoring". The posting asks for the compound, not for the generic head, so the
// compound replaces the head's item, with the typed-name id the profile editor gives a skill (skillSlug).
// Which words are heads comes from the taxonomy itself: a one-word concept that ends at least MIN_COMPOUNDS other
// concept names ("Digital Marketing", "Content Marketing", "Email Marketing" make Marketing a head).
// Precision first: one or two plain words right before the head, none of them a skill the taxonomy matched, a
// quality word ("strong", "proven"), a verb a requirement line starts with ("drive", "lead") or a function word.
import type { SkillMatch } from './types';
import { skillSlug } from '../db/slug';
import { getConcept } from '../taxonomy/match';
import { getConcepts } from '../taxonomy/index-data';

const MIN_COMPOUNDS = 3;
// Umbrellas have their own rule (skills.ts): "Python programming" asks for Python.
const NOT_HEADS = new Set(['programming', 'scripting', 'databases', 'automation']);

const STOP = new Set(
  (
    // function words, en de fr es nl pt
    'a an the and or of in on at for to with without from by as into via per than then about up out level that ' +
    'which who within across through over under between among around after before during beyond towards against ' +
    'upon example instance our your their my his her its this these those such other any all some each every both ' +
    'either no not only also well more most less very highly strongly including include includes like plus etc eg ' +
    'ie vs you we they what when where while is are be been was were will would should must can could may might ' +
    'have has had do does en de le la les des du un une et ou avec pour par sur dans y el los las con em com na ' +
    'os um uma e o der die das den dem und oder mit im von zu für het van met op een ' +
    // quality and amount words: how much of the skill, not which skill
    'strong solid proven excellent good great deep extensive relevant previous prior professional practical basic ' +
    'advanced senior junior exceptional robust demonstrated successful effective expert thorough sound broad wide ' +
    'clear comprehensive significant substantial demonstrable outstanding superior high low new current related ' +
    'similar various multiple several overall full entire whole key core main primary complex large small ' +
    'flexible general hands minimum min maximum preferred required desired ideal ideally preferably nice bonus ' +
    'performant discretionary familiar comfortable passionate fluent able first second last recent modern ' +
    // what a requirement says about the skill
    'experience experienced years year months month knowledge skills skill ability abilities background ' +
    'understanding familiarity expertise proficiency exposure track record history ' +
    // verbs a requirement or a duty starts with
    'lead drive manage support own build run grow scale help develop execute oversee plan create design handle ' +
    'coordinate assist perform conduct ensure improve prepare process review maintain provide deliver make use ' +
    'define shape launch set report analyze analyse optimize monitor implement establish evaluate identify work ' +
    'collaborate communicate present write read learn teach train mentor hire resolve troubleshoot fix debug solve ' +
    // words that say how usual or how made, not which kind
    'common standard typical usual custom built '
  )
    .trim()
    .split(' '),
);
// After these the next word is a verb ("to enable seamless payments").
const VERB_MARK = /^(?:to|will|can|must|should|would|could|may|might|that|which|who)$/i;
// English word order only: elsewhere the word before a head is no qualifier ("im Bereich Linux", "servidores Linux").
const OTHER_LANGUAGE = /\b(?:und|der|die|das|mit|im|des|les|avec|pour|dans|una|los|las|para|com|em|dos|het|een|voor|met|il|di|della|och|att|för|av)\b/i;
const CAPITAL_AFTER = /^ \p{Lu}/u;
const WORD = /^\p{L}[\p{L}\p{N}]*$/u;
// Adverbs, participles and adjectives of quality ("highly", "demonstrated", "running", "seamless", "reliable") say how, not which.
const NOT_NOUN = /(?:ly|ed|ing|less|able|ible)$/;

// Fields of business a skill may qualify as a whole ("real estate accounting", "ERP sales", "SaaS sales"). Not the
// fields of tech work: "Python development" and "Kubernetes deployment" ask for Python and Kubernetes.
const FIELD_HEADS = new Set(['sales', 'marketing', 'accounting', 'law']);
// One or two words, as a qualifier is written.
const SHORT_NAME = /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)?$/u;

let heads: { concepts: unknown; set: Set<string> } | null = null;

/** Lower-case names of the concepts that are heads of compounds (see the top of this file). */
function headNames(): Set<string> {
  const l = getConcepts();
  if (heads?.concepts === l.concepts) return heads.set;
  const ends = new Map<string, number>();
  for (let i = 0; i < l.coreCount; i++) {
    const name = l.concepts[i]!.name;
    const sp = name.lastIndexOf(' ');
    if (sp > 0) {
      const last = name.slice(sp + 1).toLowerCase();
      ends.set(last, (ends.get(last) ?? 0) + 1);
    }
  }
  const set = new Set<string>();
  for (const [last, n] of ends) if (n >= MIN_COMPOUNDS && !NOT_HEADS.has(last)) set.add(last);
  heads = { concepts: l.concepts, set };
  return set;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words and single marks of `text` before `end`, last first, at most `n`. */
function wordsBefore(text: string, end: number, n: number): Word[] {
  const out: Word[] = [];
  let i = end;
  while (out.length < n && i > 0) {
    while (i > 0 && text[i - 1] === ' ') i--;
    if (i === 0) break;
    let s = i;
    while (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!)) s--;
    if (s === i) s = i - 1; // one mark
    out.push({ text: text.slice(s, i), start: s, end: i });
    i = s;
  }
  return out;
}

const eligible = (w: Word | undefined, taken: readonly SkillMatch[]) =>
  !!w &&
  w.text.length >= 2 &&
  WORD.test(w.text) &&
  !STOP.has(w.text.toLowerCase()) &&
  !NOT_NOUN.test(w.text.toLowerCase()) &&
  !taken.some((m) => m.start < w.end && w.start < m.end);

/** Can a qualifier start right after this? A function word or a mark inside a line ("in field marketing", ", event
 * marketing"). Not a line's start: its first word is most often its verb ("Manage payroll"); not another content word:
 * "Certified Public Accounting" or "demonstrated payroll" leave the phrase's edge a guess. */
const opens = (w: Word | undefined) => !!w && !/^[.!?:;•*\-–—(]$/.test(w.text) && (!/^\p{L}/u.test(w.text) || STOP.has(w.text.toLowerCase()));

const titled = (w: string) => (/^\p{Ll}+$/u.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w);

function compound(words: Word[], head: SkillMatch, headName: string): SkillMatch {
  const name = [...words.map((w) => titled(w.text)), headName].join(' ');
  return { id: skillSlug(name), name, start: words[0]!.start, end: head.end, surface: name };
}

/** For each match that is a head with a qualifier before it, the compound(s) that replace it (by match index). */
export function qualifiedHeads(text: string, matches: readonly SkillMatch[]): Map<number, SkillMatch[]> {
  const out = new Map<number, SkillMatch[]>();
  if (OTHER_LANGUAGE.test(text)) return out;
  matches.forEach((m, i) => {
    // A head written as one word, right after one space: "field marketing", not "marketing" after a comma.
    if (m.start < 2 || text[m.start - 1] !== ' ' || !/^\p{L}+$/u.test(m.surface)) return;
    // A capitalised word after it makes the head part of a name ("Google Marketing Cloud", "a Snowflake Sales Engineer").
    if (/^\p{Lu}/u.test(m.surface) && CAPITAL_AFTER.test(text.slice(m.end, m.end + 2))) return;
    const [w1, w0, w00] = wordsBefore(text, m.start, 3);
    const concept = getConcept(m.id);
    const head = concept?.name.toLowerCase();
    // The head as written ("shipping" is an alias of Logistics: "ocean shipping" is no "Ocean Logistics").
    if (!concept || concept.group || concept.soft || !/\p{Ll}/u.test(concept.name) || !headNames().has(head!)) return;
    const surface = m.surface.toLowerCase();
    const q = matches[i - 1];
    if (q && FIELD_HEADS.has(head!) && (surface === head || surface === `${head} experience`) && q.end === m.start - 1 && SHORT_NAME.test(q.surface)) {
      // A field of business qualified by a skill of its own: "real estate accounting", "ERP sales" name one skill.
      const [b] = wordsBefore(text, q.start, 1);
      if (!b || (opens(b) && !VERB_MARK.test(b.text))) {
        out.set(i - 1, []);
        out.set(i, [compound(q.surface.split(' ').map((t, k) => ({ text: t, start: k ? m.start : q.start, end: m.start })), m, concept.name)]);
      }
      return;
    }
    if (surface !== head || !eligible(w1, matches) || w1!.end !== m.start - 1) return;
    if (w0?.text === '/' && eligible(w00, matches)) {
      out.set(i, [compound([w00!], m, concept.name), compound([w1!], m, concept.name)]); // "field/developer marketing"
    } else if (opens(w0) && !VERB_MARK.test(w0!.text)) {
      out.set(i, [compound([w1!], m, concept.name)]);
    } else if (eligible(w0, matches) && opens(w00) && !VERB_MARK.test(w00!.text)) {
      out.set(i, [compound([w0!, w1!], m, concept.name)]); // "early childhood education"
    }
  });
  return out;
}
