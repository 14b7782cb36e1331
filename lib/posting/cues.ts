// Words that mark an item as nice-to-have, in en/de/fr/es/nl/pt, and the part of a sentence each one covers.
// A cue is 'lead' when it governs what follows ("ideally X", "idéalement X", "Se valorará X", "Bonus if"),
// 'trail' when it governs what precedes ("X is a plus", "X wünschenswert", "X serait un plus").
// Matching is done on the original text (case-insensitive, accent-aware) so offsets line up with skill
// matches; \b is ASCII-only in JS, so word edges are written as Unicode look-arounds.

import { execAll, GatedRegExp, literalTrie } from './fields/gated-regexp';
import { textMemo } from './fields/memo';

export type CueType = 'lead' | 'trail';
export interface Cue {
  start: number;
  end: number;
  type: CueType;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const LEAD = [
  'ideally',
  'preferabl[ey]',
  'optionally',
  'ideal (?:skills|qualifications|experience)',
  'idealerweise',
  'vorzugsweise',
  'id[ée]alement',
  'de pr[ée]f[ée]rence',
  'pr[ée]f[ée]rablement',
  'idealmente',
  'preferiblemente',
  'preferentemente',
  'preferencialmente',
  'bij voorkeur',
  'idealiter',
  'bonus (?:points? )?(?:if|for|:)',
  'nice if',
  'even better if',
  'extra points',
  "it(?:'|’)?s an? (?:advantage|bonus|plus) if",
  'it would be (?:great|nice|a plus) if',
  'ein plus w[äa]re',
  'se valorar[áa]n?',
  'se valora',
  'valoraremos',
  'valoramos',
  '(?:experience|erfahrung|exp[ée]rience|experiencia|ervaring|experi[êe]ncia) (?:or|oder|ou|o|of) (?:an )?(?:interest|interesse|int[ée]r[êe]t|inter[ée]s)',
];

const TRAIL = [
  'preferred but not required',
  'preferred',
  'desir(?:able|ed)',
  '(?:a|an|big|huge|great|definite|strong|real|added|nice|major|additional|um|un|ein|een|es|is|est|ist|é|e) plus(?:es)?',
  'pluses',
  'bonus',
  'advantageous',
  '(?:an|of) advantage',
  'beneficial',
  'helpful',
  'nice[ -]to[ -]have',
  '(?:good|great) to have',
  'optional',
  'not (?:required|mandatory|essential|a must)',
  '(?:is|are|be|also) welcomed?',
  'appreciated',
  'also (?:be )?considered',
  'w[üu]nschenswert',
  'von vorteil',
  'vorteilhaft',
  'bevorzugt',
  'pluspunkte?',
  'gerne? gesehen',
  'erw[üu]nscht',
  'kein muss',
  'un atout',
  'atouts?',
  '(?:un|serait un|constitue un|est un) avantage',
  'appr[ée]ci[ée]e?s?',
  'souhait[ée]e?s?',
  'souhaitable',
  'bienvenue?s?',
  'facultati(?:f|ve)',
  'deseables?',
  'valorables?',
  'no excluyente',
  'opcional',
  'pluspunt(?:en)?',
  'een pr[ée]',
  'wenselijk',
  'gewenst',
  'strekt tot aanbeveling',
  'mooi meegenomen',
  'een voordeel',
  'diferencia(?:l|is)',
  'desej[áa]ve(?:l|is)',
  'b[ôo]nus',
];

// A stem every LEAD and TRAIL entry contains ("plus" for "a plus", "inter…" for "experience or interest"):
// a cheap pre-check, a fraction of the cost of the full ~80-way alternation at every position (see
// gated-regexp.ts), written as a trie of plain words for speed. Same flags as CUE_RE, so case folding
// agrees. Keep it in step when adding a cue.
const CUE_STEMS = new RegExp(
  literalTrie([
    ...['pref', 'préf', 'ideal', 'idéal', 'opci', 'opti', 'vorzug', 'voorkeur', 'vorteil', 'voordeel', 'bonus', 'bônus'],
    ...['nice', 'plus', 'advantage', 'better', 'extra', 'would be', 'valor', 'desir', 'desej', 'deseable', 'benefici'],
    ...['inter', 'intér'].flatMap((s) => ['es', 'és', 'ês', 'et', 'êt'].map((e) => s + e)),
    ...['helpful', 'appreci', 'appréci', 'considered', 'welcome', 'bienvenu', 'to have', 'not required', 'not mandatory'],
    ...['not essential', 'not a must', 'nschenswert', 'nscht', 'gesehen', 'kein muss', 'atout', 'avantage', 'souhait', 'facultati'],
    ...['excluyente', 'een pre', 'een pré', 'wens', 'aanbeveling', 'meegenomen', 'diferencia'],
  ]),
  'iu',
);
const CUE_RE = new GatedRegExp(`${B}(?:(${LEAD.join('|')})|(${TRAIL.join('|')}))${E}`, 'giu', CUE_STEMS, B);
// Upper-case "NICE" as a marker ("Python (NICE)"), a leading "Plus:" and a final "plus" on their own; not "et plus",
// "ou plus" ("2 ans d'expérience et plus": or more).
const EXTRA_RE = /(?<![\p{L}\p{N}])NICE(?![\p{L}\p{N}])|^\s*plus\s*[:\-–]|(?<![\p{L}\p{N}])(?<!(?:^|[^\p{L}])(?:et|ou|or|and|y|o|e) )plus[\s.!)]*$/gu;

// Chinese writes "…者优先" / "…为佳" (is preferred) and "加分项" (bonus) glued to the words before them.
const ZH_RE = /优先|为佳|加分项?/gu;

// The same text is asked about again and again within a parse (a unit's sentence by toUnits, then once
// per skill match by preferredScopes), and the cue scan is the costly part: remember it (see memo.ts).
const cuesOf = textMemo((text: string): readonly Cue[] => scanCues(text));

/** All preferred-cues in a text, in order. */
export function findCues(text: string): Cue[] {
  return cuesOf(text).slice(); // a copy: callers may reorder it (gapKind reverses it)
}

function scanCues(text: string): Cue[] {
  const out: Cue[] = [];
  for (const m of execAll(CUE_RE, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "Bonus:" / "Preferred:" / "Nice to have -" label what follows.
    const colon = /^\s*[:\-–]/.test(text.slice(end, end + 3));
    out.push({ start, end, type: m[1] !== undefined || colon ? 'lead' : 'trail' });
  }
  for (const m of execAll(ZH_RE, text)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type: 'trail' });
  // Every EXTRA_RE alternative spells out "NICE" or "plus" (case-sensitive): skip the scan without them.
  const extra = text.includes('NICE') || text.includes('plus') ? execAll(EXTRA_RE, text) : [];
  for (const m of extra) {
    const start = m.index ?? 0;
    const lead = /^\s*plus/i.test(m[0]) && /[:\-–]/.test(m[0]);
    out.push({ start, end: start + m[0].length, type: lead ? 'lead' : 'trail' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the text marks (part of) itself as nice-to-have in any supported language. */
export function isPreferredText(text: string): boolean {
  return cuesOf(text).length > 0; // no copy: only the count is read
}

// Words that make a trailing cue a predicate of the whole clause ("X is a plus", "X wäre von Vorteil"),
// as opposed to a bare tag on the nearest item ("…, German beneficial").
export const PREDICATE_BEFORE =
  /(?<![\p{L}])(?:is|are|be|been|was|were|would|will|ist|sind|w[äa]re|w[äa]ren|est|sont|serait|seraient|sera|seront|es|son|ser[íi]a|ser[áa]|zijn|wordt|is|é|s[ãa]o|seria|also|considered|very|highly|strongly|definitely|really)\s*$/iu;
