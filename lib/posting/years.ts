// Minimum years of experience: the largest minimum among required statements.
import type { Unit } from './types';
import { EXPERIENCE_RE, looseUnits, requiredClauses, requirementUnits, wb } from './fields/units';

// Number words up to 15 in en/de/fr/es/nl/pt; "ein"/"un"/"een" only count next to a year word.
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15,
  ein: 1, eins: 1, einem: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  een: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
  um: 1, dois: 2, duas: 2, 'três': 3, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10,
};
const NUM = String.raw`\d{1,2}(?:[.,]5)?|${Object.keys(WORDS).join('|')}`;
const SEP = String.raw`\s?(?:-|–|—|‐|‑|to|bis|à|a|tot|y|e|or|oder|ou|o)\s?`;
const YEAR = String.raw`years?|yrs?|Jahren?|ans?|années?|años?|anos?|jaar|jaren`;
const MONTH = String.raw`months?|Monaten?|mois|meses|maanden`;
// "3+ years", "1‐2 years’", "8-10+ years", "7 à 10 ans", "two (2) years", "mindestens 3 Jahre".
const SPAN_RE = wb(
  String.raw`(${NUM})\s?\+?(?:\s?\(\d{1,2}\+?\))?(?:${SEP}(?:${NUM})\s?\+?)?\s?(?:full\s|plus\s)?(${YEAR}|${MONTH})`,
  'gi',
);
// A range whose ends both carry the unit ("3ans à 8ans"): the figure after it is its upper end. Read on the few
// characters before a figure, not folded into SPAN_RE, whose every first try it would slow.
const RANGE_START = new RegExp(String.raw`(${NUM})\s?\+?\s?(?:${YEAR})${SEP}$`, 'i');
const MINIMUM_RE = wb(String.raw`minimum|at least|min\.|mindestens|au moins|mínimo|minimaal|ten minste|pelo menos`, 'i');
// What follows years that are not experience: ages, ages of things, durations of a contract or project.
const NOT_EXPERIENCE_AFTER = /^[’'s]*\s?(?:old|ago|or (?:older|over|above)|of age|alt|d['’]âge|de edad|de idade|oud|warranty|contract|in business|history)/i;
const NOT_EXPERIENCE_UNIT = wb(String.raw`founded|established|since|company is|we have been|contract length|durée du projet`, 'i');
// Years that bound a time window or a deadline, not experience: "in the last 36 months", "within three years of hire".
const WINDOW_BEFORE = /(?:\b(?:in|during|over|for) the (?:last|past|previous)|\bwithin(?: the first)?|\b(?:less|fewer) than|\bmoins de|\bweniger als|\bmenos de|\bdans les|\bau cours des(?: derniers)?|\bin den letzten|\ben los últimos|\bnos últimos)\s*$/i;
// A verb or preposition right after the years makes them experience even without the word ("3+ years building X").
const ACTION_AFTER = /^[’'s]*\s?(?:of|in|at|with|as|exp|building|developing|working|doing|writing|using|leading|managing|designing|running|selling|delivering|hands-on|professional|relevant|industry|previous|previously|prior|required|minimum|mandatory|related|direct|progressive|practical|combined|proven|solid|recent|successful|full-time|post|im|in der|dans|en|de|na|no|em)\b/i;
// Years that only substitute for a degree: "degree or equivalent work experience (10+ years)".
const DEGREE_RE = wb(String.raw`degree|diploma|bachelor'?s?|master'?s?|Studium|Abschluss|diplôme|Bac|título|grado|licenciatura|graduação|opleiding`, 'i');
const SUBSTITUTE_BEFORE = wb(String.raw`or|equivalent|oder|ou|alternatively|in lieu`, 'i');
const SUBSTITUTE_AFTER = /^[^.;]{0,40}\b(?:in lieu|instead of|in place of|anstelle|en lieu|en lugar|en sustitución)/i;
// "Débutant accepté", "no experience required": the posting accepts zero years.
const BEGINNER_RE = wb(
  String.raw`débutant(?:e|\(e\))?s? accepté(?:e|\(e\))?s?|débutants? bienvenus?|no (?:prior |previous )?experience (?:is )?(?:required|necessary|needed)|keine (?:Berufs)?erfahrung (?:erforderlich|notwendig|nötig)|Berufseinsteiger(?:innen)? willkommen|sin experiencia previa|no se requiere experiencia|geen (?:werk)?ervaring (?:nodig|vereist)|sem experiência`,
  'i',
);

// Cheap gate: a clause without a year or month word has no years.
const YEAR_GATE = /year|yrs?\b|jahr|(?<![a-z])ans?\b|année|año|ano|jaar|month|monat|mois|mes|maand/i;

function toNumber(s: string): number {
  const w = WORDS[s.toLowerCase()];
  return w ?? Number(s.replace(',', '.'));
}

/** Minimum years stated in one clause, or null. `strict` (for intro text) wants an explicit minimum cue. */
function yearsIn(clause: string, strict: boolean, underExperience = false): number | null {
  if (!YEAR_GATE.test(clause) || NOT_EXPERIENCE_UNIT.test(clause)) return null;
  const hasExp = underExperience || EXPERIENCE_RE.test(clause);
  let best: number | null = null;
  SPAN_RE.lastIndex = 0;
  for (let m = SPAN_RE.exec(clause); m; m = SPAN_RE.exec(clause)) {
    const end = m.index + m[0].length;
    const after = clause.slice(end, end + 40);
    if (NOT_EXPERIENCE_AFTER.test(after) || WINDOW_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!hasExp && !ACTION_AFTER.test(after)) continue;
    if (isSubstitute(clause, m.index, after)) continue;
    if (strict && !(m[0].includes('+') || MINIMUM_RE.test(clause.slice(Math.max(0, m.index - 25), end + 15)))) continue;
    const raw = m[1] ?? '';
    const months = new RegExp(`^(?:${MONTH})$`, 'i').test(m[2] ?? '');
    let n = toNumber(raw);
    const lower = RANGE_START.exec(clause.slice(Math.max(0, m.index - 20), m.index));
    if (lower) n = Math.min(n, toNumber(lower[1]!));
    if (!Number.isFinite(n) || n > 40) continue;
    if (months) n = Math.round((n / 12) * 100) / 100;
    if (best === null || n > best) best = n;
  }
  return best;
}

function isSubstitute(clause: string, start: number, after: string): boolean {
  if (SUBSTITUTE_AFTER.test(after)) return true;
  const before = clause.slice(Math.max(0, start - 50), start);
  // Cut at joints that start a new demand: "degree or equivalent, and 5+ years" keeps the 5.
  const tail = before.split(/\band\b|\bplus\b|\bwith\b|\bund\b|\bet\b|[;.]/i).pop() ?? '';
  return SUBSTITUTE_BEFORE.test(tail) && DEGREE_RE.test(clause.slice(0, start));
}

/**
 * Largest minimum number of years over the required units. Pass every unit: requirement parts are read
 * first; when they state no years, intro text with an explicit minimum ("a minimum of 8 years of
 * experience") is read. Preferred-only years give null.
 */
export function findMinYears(units: Unit[]): number | null {
  try {
    const req = requirementUnits(units);
    let best = scan(req, false);
    const inReq = new Set(req);
    if (best === null) best = scan(looseUnits(units).filter((u) => !inReq.has(u)), true);
    if (best === null && units.some((u) => BEGINNER_RE.test(u.text))) return 0;
    return best;
  } catch {
    return null;
  }
}

/** A heading this short that names experience is a field label, not a sentence about it; a line this short under it is
 * the field's value ("3 ans", "5-10 years"), not a rule of its own ("Fleeing law enforcement - 3 years if…"). */
const MAX_LABEL = 24;
const MAX_VALUE = 40;

function scan(units: readonly Unit[], strict: boolean): number | null {
  let best: number | null = null;
  const seen = new Map<string, number | null>(); // a clause repeated word for word is read once
  for (const u of units) {
    // A form's field label as the heading: "Expérience" over "3 ans" (France Travail).
    const under = u.text.length <= MAX_VALUE && u.heading != null && u.heading.length <= MAX_LABEL && EXPERIENCE_RE.test(u.heading);
    for (const c of requiredClauses(u)) {
      const key = under ? `\u0000${c}` : c;
      let y = seen.get(key);
      if (y === undefined) seen.set(key, (y = yearsIn(c, strict, under)));
      if (y !== null && (best === null || y > best)) best = y;
    }
  }
  return best;
}
