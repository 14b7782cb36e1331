// How much one asked item weighs, from its own sentence: a requirement the posting calls must-have, core,
// significant or critical, or puts a number of years on, weighs more; a tool named in a long enumeration weighs
// less than a requirement stated on its own (ten tools in one line are one requirement spelled out, not ten).

// "deep learning", ".NET Core" and "core banking" name things, not emphasis: only these phrases count.
const EMPHASIS = new RegExp(
  [
    String.raw`\bmust(?:[- ]haves?)?\b`,
    String.raw`\bcore (?:\w+ )?(?:requirements?|skills?|competenc\w*|knowledge|experience|expertise|qualifications?|languages?|stack)\b`,
    String.raw`\b(?:significant|substantial|extensive|profound|in-depth|proven|critical|crucial|essential|mandatory|indispensable|vital)\b`,
    String.raw`\bdeep (?:knowledge|understanding|expertise|experience)\b`,
    String.raw`\bexpert(?:ise)?\b`,
    String.raw`\b\d{1,2}\s?\+?\s?(?:-\s?\d{1,2}\s?\+?\s?)?(?:years?|yrs?|jahre[n]?|ans|años|anos|jaar|anni|år)\b`,
    String.raw`\b(?:zwingend|unbedingt|fundierte?[nm]?|umfangreiche?[nm]?|tiefgehende?[nm]?|mehrjährige?[nm]?|obligatoire|essentiel(?:le)?s?|indispensables?|approfondie?s?|imprescindibles?|obligatori[oa]s?|essenciais?|essencial|obrigatóri[oa]s?|vereist|essentieel|gedegen|ruime)\b`,
  ].join('|'),
  'iu',
);

// Knowledge the posting itself calls basic or passing: it weighs less.
const LIGHT = /\b(?:basic|grundkenntnisse|grundlegende?n?|familiarity|exposure|notions?|connaissances? de base|nociones|conhecimentos? b[aá]sicos?|basiskennis)\b/iu;

// A sentence joining two claims ("3+ years building X and are well versed in Y"): the stress of one is not the
// other's. Split where a conjunction starts a new predicate.
const CLAIM_BREAK = /;|,?\s(?:and|und|et|y|en|e)\s(?=(?:are|have|has|is|you|be|can|know|bist|hast|sind|êtes|avez|tienes|eres|heb|bent)\b)/iu;

export const EMPHASIS_FACTOR = 2;
export const LIGHT_FACTOR = 0.5;
/** Up to this many items in one sentence each weigh in full; beyond it they share sqrt(LIST_FREE / n). */
export const LIST_FREE = 3;

/** The part of the sentence that names the item: its claim, or the whole sentence when no claim names it. */
function claimOf(sentence: string, names: readonly string[]): string {
  const claims = sentence.slice(0, 2000).split(CLAIM_BREAK);
  if (claims.length < 2) return sentence.slice(0, 2000);
  const lower = names.map((n) => n.toLowerCase());
  return claims.find((c) => lower.some((n) => c.toLowerCase().includes(n))) ?? sentence.slice(0, 2000);
}

export type Stress = 'stressed' | 'plain' | 'light';

/** How the posting stresses an item: in its title, or with must-have words or years in its claim; or as basic. */
export function stressOf(sentence: string | null, names: readonly string[], inTitle = false): Stress {
  if (inTitle) return 'stressed';
  if (sentence == null) return 'plain';
  const claim = claimOf(sentence, names);
  return EMPHASIS.test(claim) ? 'stressed' : LIGHT.test(claim) ? 'light' : 'plain';
}

export const STRESS_FACTOR: Record<Stress, number> = { stressed: EMPHASIS_FACTOR, plain: 1, light: LIGHT_FACTOR };

/** The weight factor of an item that shares its sentence with `n` asked items in all. */
export function listFactor(n: number): number {
  return n <= LIST_FREE ? 1 : Math.sqrt(LIST_FREE / n);
}
