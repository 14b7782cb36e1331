// Helpers shared by the field extractors: which units state requirements, and which clauses of a unit are
// required. Pure string work; no extractor here may throw.
import type { Unit } from '../types';
import { gated, literalTrie } from './gated-regexp';
import { textMemo } from './memo';
import { isPreferredText } from '../cues';

const REQ_KINDS = new Set(['requirements', 'preferred']);
/** Parts that never state what the hire must bring (company blurb, perks, EEO/apply text). */
const NEVER = new Set(['company', 'benefits', 'apply']);

/**
 * The units that state requirements. Callers may pass every unit of the posting: a posting with a
 * requirements part is read from it only; one without (an HN post, a short forum ad) is read from all
 * parts except the company blurb, benefits and apply text, as the spec's exception says.
 */
export function requirementUnits(units: readonly Unit[]): Unit[] {
  const req = units.filter((u) => REQ_KINDS.has(u.sectionKind));
  if (req.length > 0) return req;
  return units.filter((u) => !NEVER.has(u.sectionKind));
}

/**
 * Units outside the requirement parts that may still state a demand ("We are seeking X with a minimum
 * of 8 years", "Experience: 8-10+ years" under a "Role Description" heading). Read only strictly.
 */
export function looseUnits(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.sectionKind === 'intro' || u.sectionKind === 'other' || u.sectionKind === 'responsibilities');
}

/**
 * A regex whose alternatives must stand as whole words. JS \b is ASCII-only, so "souhaité" or "años"
 * would never end at \b; Unicode letter lookarounds do it right. The bare alternation is tried first
 * (see gated-regexp.ts): same results, several times faster on text that has no match. `gate` replaces that
 * pre-check with a cheaper source (same flags) that matches wherever `src` does, e.g. a literalTrie.
 */
export function wb(src: string, flags = '', gate?: string): RegExp {
  const u = flags.includes('u') ? flags : flags + 'u';
  return gated(String.raw`(?<![\p{L}\p{N}_])`, src, String.raw`(?![\p{L}\p{N}_])`, u, gate);
}

// A stem every PREF_CUE alternative below contains, as a trie (see literalTrie); same flags, so case folding
// agrees. Keep it in step when adding a cue. None holds a space, so a clause or bracket of a unit can only
// have a cue when the unit's text has a stem.
const PREF_STEMS = literalTrie([
  ...['nice', 'plus', 'bonus', 'prefer', 'ideal', 'idéal', 'desir', 'advantage', 'benefici', 'asset', 'optional'],
  ...['nschenswert', 'vorteil', 'schön', 'appréci', 'atout', 'souhait', 'valor', 'deseable', 'diferencial', 'desej'],
  ...['gewenst', 'voorkeur'],
]);
const PREF_STEM = new RegExp(PREF_STEMS, 'iu');
// Words that make a clause nice-to-have, in the five languages of the boards we read.
const PREF_CUE = wb(
  String.raw`nice[- ]to[- ]have|a (?:big )?plus|is a plus|pluses|bonus|preferred|preferably|prefers?|ideally|desirable|desired|advantageous|an advantage|beneficial|an asset|optional|wünschenswert|von Vorteil|idealerweise|vorteilhaft|wäre schön|idéalement|apprécié(?:e|s)?|serait un plus|un plus|un atout|souhaité(?:e|s)?|valorable|deseable|se valorará|valoraremos|preferiblemente|diferencial|desejável|pluspunt|gewenst|bij voorkeur`,
  'i',
  PREF_STEMS,
);

// Years and degree both split the same units into clauses and ask this of each: remember it (see memo.ts).
const preferredCueIn = textMemo((s: string): boolean => PREF_CUE.test(s));

export function hasPreferredCue(s: string): boolean {
  return preferredCueIn(s);
}

/**
 * Clauses of a unit that are required. A unit flagged preferred because of one trailing clause
 * ("8+ years of experience, with X preferred") still has a required first clause; a unit in a whole
 * "nice to have" part, or flagged without a visible cue (heading decided it), has none.
 */
export function requiredClauses(u: Unit): readonly string[] {
  if (u.sectionKind === 'preferred') return [];
  const { uncued, anyCued } = clausesOf(u.text);
  // Flagged preferred with no cue in the text at all: the heading decided it, so nothing is required.
  if (u.preferred && !anyCued && !hasPreferredCue(u.text)) return [];
  return uncued;
}

// A clause that is a cue and nothing else ("but not required", "a big plus", "preferred").
const CUE_ONLY = /^(?:(?:but|and|or|though|although|is|are|would|be|a|an|big|huge|not|strongly|highly|definitely|also|very|really)\s+)*(?:required|plus|bonus|preferred|ideal|advantage|asset|optional|desired|desirable)\W*$/i;

// Years and degree read the same units, and a posting may repeat a text: split each text once (see memo.ts).
const clausesOf = textMemo((unitText: string): { uncued: readonly string[]; anyCued: boolean } => {
  // No stem in the unit: no bracket or clause of it has a cue (one scan instead of one per piece).
  if (!PREF_STEM.test(unitText)) return { uncued: splitClauses(unitText), anyCued: false };
  // The cue words that flag a unit preferred (cues.ts) count here too ("… (TypeScript et NestJS sont des vrais
  // plus)"), so a unit flagged by one clause or bracket keeps its other clauses required.
  const cue = (s: string) => hasPreferredCue(s) || isPreferredText(s);
  let bracketCued = false;
  // A cue inside brackets qualifies only the bracket: "8 years at a law firm (SaaS preferred)".
  const text = unitText.replace(/\([^()]{0,120}\)/g, (p) => (cue(p) ? ((bracketCued = true), ' ') : p));
  const clauses = splitClauses(text);
  const cued = clauses.map(cue);
  // A clause that is only a cue qualifies the one before it: "3+ years in security would be ideal, but not
  // required". One with words of its own ("…, preferably in Swift", "MSCS preferred") qualifies only those.
  for (let i = clauses.length - 1; i > 0; i--) {
    if (cued[i] && CUE_ONLY.test(clauses[i]!)) cued[i - 1] = true;
  }
  return { uncued: clauses.filter((_, i) => !cued[i]), anyCued: bracketCued || cued.some(Boolean) };
});

/** Clauses split at , ; . and "while"/"with" joints, keeping decimal points ("2.5 years") intact. */
export function splitClauses(text: string): string[] {
  // The pieces of text.split(CLAUSE_JOINT) (it never matches empty), without split's copy of the regex.
  const out: string[] = [];
  let start = 0;
  CLAUSE_JOINT.lastIndex = 0;
  for (let m = CLAUSE_JOINT.exec(text); m; m = CLAUSE_JOINT.exec(text)) {
    out.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}
const CLAUSE_JOINT = /[;,]\s|\.\s|(?<!\d)\s[-–—]\s(?!\d)|\s(?:while|whereas|with|but)\s/gi;

/** Experience words in en/de/fr/es/nl/pt: a number of years must be about experience to count. */
export const EXPERIENCE_RE =
  /(?:experience|experienced|expertise|track record|\bexp\b|erfahrung|berufserfahrung|expérience|experiencia|experiência|ervaring|werkervaring|background)/i;
