// Lowest degree level required. Only required clauses count; "or equivalent experience" does not void a degree.
import type { Degree } from '../schemas';
import type { Unit } from './types';
import { requiredClauses, requirementUnits, wb } from './fields/units';
import { literalTrie } from './fields/gated-regexp';

type Level = 'bachelor' | 'master' | 'phd';
const RANK: Record<Level, number> = { bachelor: 1, master: 2, phd: 3 };

const PHD = [
  wb(String.raw`Ph\.?\s?D\.?|doctorate|doctoral degree|doctorat|doctorado|doutorado|promoviert|abgeschlossene Promotion`, 'i'),
];
const MASTER = [
  // "Master" alone only when it reads as a degree; not "Scrum Master", "master data".
  wb(String.raw`(?<!scrum |data |product |quiz )(?:master'?s|masters|Master(?:abschluss|studium)|master(?= (?:degree|of|in|en|im|diploma|program|spécialisé)|\s?[/()]|\s?$| (?:ou|or|oder|o) ))|M\.?Sc\.?|M\.Eng\.?|MEng|Bac\s?\+\s?[5-8]|máster|maestría|mestrado|(?:post-?)?graduate degree|postgraduate|diplôme d['’]ingénieurs?|école d['’]ingénieurs?|Diplom-\p{L}+|Universitätsdiplom`, 'i'),
  wb(String.raw`MS(?= in| degree)|M\.S\.|MBA|MA(?= in| degree)`),
];
const BACHELOR = [
  wb(String.raw`bachelor'?s?|bachelors|Bachelor(?:abschluss|studium)|B\.?Sc\.?|B\.S\.|B\.A\.|B\.?Tech|B\.?Eng\.?|undergraduate degree|grado (?:en|universitario|o licenciatura)|licenciatura|Bac\s?\+\s?[34]|licence (?:en|professionnelle|universitaire)|niveau licence|bacharelado|hoger beroepsonderwijs|hbo(?=[- ](?:niveau|opleiding|diploma|bachelor|werk|denk))|(?:minimaal|minimum|afgeronde|voltooide) hbo`, 'i'),
  wb(String.raw`BS(?= in|\/| degree| or)|BA(?= in|\/| degree| or)|BSN|BBA|HBO|FH`),
];
// A degree of unnamed level reads as bachelor, unless the clause names a level ("Hochschulstudium (Master)").
const GENERIC = [
  wb(String.raw`(?:university|college|academic|technical|relevant|related|engineering|4-year|four-year|first|completed) degree|degree (?:in|from|or equivalent)|abgeschlossenes (?:\p{L}+\s)?Studium|(?:Fach)?[Hh]ochschulstudium|(?:Fach)?[Hh]ochschulabschluss|Universitätsabschluss|Studienabschluss|Studium (?:der|im Bereich|in|als)|titulación universitaria|título universitario|graduação|ensino superior|formation supérieure|formation universitaire|diplôme universitaire|universitaire opleiding|wetenschappelijk (?:werk|denk)niveau`, 'i'),
  wb(String.raw`WO(?:-niveau)?`),
];
// Below bachelor: when a clause offers one of these, the lowest level asked is below bachelor.
const BELOW = [
  wb(String.raw`associate'?s? degree|high school|secondary school|Bac(?!\s?\+\s?[3-8])(?:\s?\+\s?[0-2])?|Bac pro|baccalauréat|Ausbildung|Berufsausbildung|nursing (?:school )?diploma|diploma in nursing|apprenticeship|vocational|grado (?:superior|medio)|bachillerato|ensino médio|mbo(?=-|[ ](?:niveau|opleiding|diploma|werk|denk))`, 'i'),
  wb(String.raw`GED|BTS|DUT|CAP|BEP|MBO|HND|HNC|FP`),
];

// "No degree required", "kein Studium erforderlich": a degree word that asks for nothing.
const NO_DEGREE = wb(String.raw`no (?:\p{L}+ )?degree|degree (?:is )?not (?:required|necessary|needed)|kein(?:e)? (?:Studium|Abschluss)|sans diplôme|sin (?:título|titulación)|geen diploma`, 'i');

// Cheap gate: every pattern above contains one of these stems.
const GATE = /degree|bachelor|master|m[aá]ster|maestr|mestr|b\.?sc|m\.?sc|\bB\.?[SA]\b|\bM\.?[SA]\b|ph\.?\s?d|doct|promo|studi|abschluss|bac|licen|grado|diplom|univers|HBO|WO|FH|MBA|BBA|BSN|b\.?tech|\.?eng|ingénieur|formation|ensino|graduação|opleiding|beroeps|wetenschappelijk|school|GED|ausbildung|associate|BTS|DUT|CAP|BEP|MBO|HN[DC]|apprentic|vocational|graduate|bachill/i;

// GATE barely filters: under its i flag "WO" matches "work" and "two", "CAP" "capacity". A clause GATE
// passes is read only when it also passes these: the word stems of the case-insensitive patterns above, or
// the acronyms of the case-sensitive ones, in their own case. Every match of a level pattern contains one of
// them, so a clause they reject names no level (NO_DEGREE needs no stem: it only ever answers null too).
// Same flags as the patterns, so case folding agrees. Keep them in step when adding a pattern.
// The stems as a trie of plain words (m[aá]ster, b\.?sc, … spelt out; see literalTrie), plus the one with \s.
const WORD_STEMS = new RegExp(
  literalTrie([
    ...['degree', 'bachelor', 'master', 'máster', 'maestr', 'mestr', 'bsc', 'b.sc', 'msc', 'm.sc', 'b.s.', 'b.a.'],
    ...['doct', 'doutor', 'promo', 'studi', 'abschluss', 'bac', 'licen', 'grado', 'diplom', 'univers', 'btech'],
    ...['b.tech', 'eng', 'ingénieur', 'formation', 'ensino', 'graduação', 'opleiding', 'beroeps', 'wetenschappelijk'],
    ...['school', 'ausbildung', 'associate', 'apprentic', 'vocational', 'graduate', 'bachill'],
  ]) + String.raw`|ph\.?\s?d`,
  'iu',
);
const ACRONYMS = /M[SA]|M\.S\.|MBA|BS|BA|HBO|FH|WO|GED|BTS|DUT|CAP|BEP|MBO|HN[DC]|FP/;

const anyMatch = (res: RegExp[], clause: string): boolean => res.some((r) => r.test(clause));

/** The rank of `lvl` when the clause matches one of `res` and that is below `min` (or min is null); else `min`. */
function lower(min: number | null, res: RegExp[], lvl: Level, clause: string): number | null {
  return anyMatch(res, clause) && (min === null || RANK[lvl] < min) ? RANK[lvl] : min;
}

function levelsIn(clause: string): { min: number | null; below: boolean } {
  if (!(WORD_STEMS.test(clause) || ACRONYMS.test(clause)) || !GATE.test(clause)) return { min: null, below: false };
  if (NO_DEGREE.test(clause)) return { min: null, below: false };
  let min: number | null = null;
  min = lower(min, PHD, 'phd', clause);
  min = lower(min, MASTER, 'master', clause);
  min = lower(min, BACHELOR, 'bachelor', clause);
  if (min === null) min = lower(min, GENERIC, 'bachelor', clause);
  return { min, below: anyMatch(BELOW, clause) };
}

/** Lowest degree level required over the requirement units (pass every unit), or null. */
export function findDegree(units: Unit[]): Degree {
  try {
    let best: number | null = null;
    const seen = new Map<string, { min: number | null; below: boolean }>(); // a repeated text is read once
    for (const u of requirementUnits(units)) {
      const clauses = requiredClauses(u);
      if (clauses.length === 0) continue;
      const joined = clauses.join(' ; ');
      let levels = seen.get(joined);
      if (levels === undefined) seen.set(joined, (levels = levelsIn(joined)));
      const { min, below } = levels;
      // "Associate degree OR experience", "Bac+2 / Bac+3": the lowest accepted is below bachelor.
      if (below || min === null) continue;
      if (best === null || min < best) best = min;
    }
    if (best === null) return null;
    return (Object.keys(RANK) as Level[]).find((k) => RANK[k] === best) ?? null;
  } catch {
    return null;
  }
}

/**
 * The highest degree a line names, for reading a CV's education ("MSc Computer Science, 2015"): a CV lists what the
 * person holds, so the highest counts, where a posting's lowest accepted level does. A degree of unnamed level reads
 * as bachelor, as in a posting.
 */
export function degreeNamed(line: string): Level | null {
  if (!(WORD_STEMS.test(line) || ACRONYMS.test(line)) || !GATE.test(line) || NO_DEGREE.test(line)) return null;
  if (anyMatch(PHD, line)) return 'phd';
  if (anyMatch(MASTER, line)) return 'master';
  if (anyMatch(BACHELOR, line) || anyMatch(GENERIC, line)) return 'bachelor';
  return null;
}
