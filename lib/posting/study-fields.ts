import type { SkillMatch } from './types';
import { execAll } from './fields/gated-regexp';

// "Bachelor's degree in Computer Science, Engineering or a related field": the subjects after a degree are
// what the candidate studied, not skills the posting asks for (the labels leave study fields out). The degree
// itself is read by degree.ts.
const DEGREE =
  /\b(?:degree|bachelor|master|ph\.?\s?d|doctorate|b\.?\s?sc?|m\.?\s?sc?|b\.?\s?eng|m\.?\s?eng|diploma|diplom|diplôme|studium|hochschulabschluss|studienabschluss|(?<!case )studies|bac\s?\+\s?\d|licenciatura|grado|titulación|graduação|formation|opleiding|hbo)\b/gi;
const INTRO = /(?:\b(?:in|en|of|der|des|im bereich|im fach|dans|em|de|del|van)\b|:)/i;
const ABBREVIATIONS = /\b(?:ph\.?\s?d|b\.?\s?sc?|m\.?\s?sc?|e\.g|i\.e|etc)\.?/gi;
const LIST_SPLIT = /,|\/|&|\((?:\s*\w+\s*)?|\)|\b(?:or|and|und|oder|et|ou|o|y|e|of|en|in)\b/i;
const FILLER = /\b(?:a|an|the|with|coursework|major|focus|mit|avec|con|met|similar|related|relevant|equivalent|another|other|technical|quantitative|field|fields|discipline|area|idéalement|ideally|preferably|vorzugsweise|vergleichbar\w*|similaire|afín|afines)\b/gi;
const MAX_SUBJECT_WORDS = 3;
// Words that end the list of subjects and start a new requirement: "…, Kenntnisse in Java", "…, vous maîtrisez Java".
const STOP =
  /\b(?:experience|years?|knowledge|skills?|proficien\w*|familiar\w*|kenntnisse|erfahrung\w*|connaissances?|expérience|maîtrise\w*|conocimientos?|experiencia|conhecimentos?|experiência|kennis|ervaring|you|vous|sie|du|tu|je|usted|você)\b/i;

/** Whether the text between two matches is only more subjects of the same list. */
function listGap(gap: string, first: boolean): boolean {
  // The dot of an abbreviated degree stays with it ("Ph.D. in computer science").
  const g = gap.replace(/^\./, '').replace(ABBREVIATIONS, ' ');
  if (/[;!?\d]|\.\s/.test(g) || STOP.test(g)) return false;
  if (first && !INTRO.test(g)) return false;
  const pieces = g.split(LIST_SPLIT).map((p) => (p ?? '').replace(FILLER, ' ').replace(/[’'`´]s\b/g, ' ').trim());
  return pieces.every((p) => p === '' || p.split(/\s+/).length <= MAX_SUBJECT_WORDS);
}

// "titulaire d'un Master Informatique", "Master 2 Informatique", "Bachelor Wirtschaftsinformatik": a degree's name
// written as a title, mid-sentence, with its subject right after it (a level between them at most). At the start
// of a line "Master Python" is a verb; abbreviations are left out ("MS Hyper-V" is Microsoft's, "PhD data
// scientists" are people).
const APPOSED_GAP = /^\s+(?:(?:\d|M\d|I{1,3})\s+)?$/;
const TITLED = /^(?:Master|Mastère|Bachelor|Licence|Diplôme|Diplom)$/u;

// What closes a list of subjects: "…, Information Security, or a related field", "Computer Science degree".
const CLOSES = /\b(?:degree|diploma|or (?:an?(?:other)? )?(?:closely |highly |directly )?(?:related|similar|relevant|equivalent|comparable) (?:technical |quantitative |scientific |stem )?(?:field|discipline|area|subject|major|degree)s?)\b/gi;
const STUDY = /\b(?:studies|studied|major(?:ed)?|studie|études|estudios|estudos)\b/i;
// "or similar", "or a related field" ends the subjects: what follows it is asked for again.
const CLOSED = /\b(?:or|and) (?:an?(?:other)? )?(?:\w+ )?(?:similar|related|relevant|equivalent|comparable)\b/i;
const BEFORE_GAP = /^(?:\s*(?:,|\/|&|\bor\b|\band\b))*\s*$/i;

/** Indexes of the matches that name a degree's subjects. */
export function studyFieldMatches(text: string, matches: SkillMatch[]): Set<number> {
  const out = new Set<number>();
  if (matches.length === 0) return out; // only matches can be marked: skip the degree scan (most units have none)
  // Subjects written before what closes them, walked back from it while only list words lie between. "Or a related
  // field" closes subjects only where the line speaks of study: "DevOps, SRE, or a related field" is work.
  const study = text.search(DEGREE) >= 0 || STUDY.test(text); // search leaves the global regex's lastIndex alone
  for (const c of execAll(CLOSES, text)) {
    if (!study && !/^(?:degree|diploma)$/i.test(c[0])) continue;
    let to = c.index;
    for (let i = matches.length - 1; i >= 0; i--) {
      const m = matches[i]!;
      if (m.end > to) continue;
      if (!BEFORE_GAP.test(text.slice(m.end, to))) break;
      out.add(i);
      to = m.start;
    }
  }
  for (const d of execAll(DEGREE, text)) {
    let from = d.index + d[0].length;
    let first = true;
    const titled = TITLED.test(d[0]) && /\p{L}/u.test(text.slice(0, d.index));
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (m.start < from) continue;
      const gap = text.slice(from, m.start);
      // "…, Computer Engineering or similar, GCP, Kubernetes" asks again; "or a related field (Physics, …)" names more subjects.
      if (!first && CLOSED.test(gap) && !gap.includes('(')) break;
      if (!(first && titled && APPOSED_GAP.test(gap)) && !listGap(gap, first)) break;
      out.add(i);
      first = false;
      from = m.end;
    }
  }
  return out;
}
