// How much one asked item weighs, from its own sentence: a requirement the posting calls must-have, core,
// significant or critical, or puts a number of years on, weighs more; a tool named in a long enumeration weighs
// less than a requirement stated on its own (ten tools in one line are one requirement spelled out, not ten).

// "deep learning", ".NET Core" and "core banking" name things, not emphasis: only these phrases count.
const EMPHASIS = new RegExp(
  [
    String.raw`\bmust(?:[- ]haves?)?\b`,
    String.raw`\bcore (?:requirements?|skills?|competenc\w*|knowledge|experience|expertise|qualifications?)\b`,
    String.raw`\b(?:significant|substantial|extensive|profound|in-depth|proven|critical|crucial|essential|mandatory|indispensable|vital)\b`,
    String.raw`\bdeep (?:knowledge|understanding|expertise|experience)\b`,
    String.raw`\bexpert(?:ise)?\b`,
    String.raw`\b\d{1,2}\s?\+?\s?(?:-\s?\d{1,2}\s?\+?\s?)?(?:years?|yrs?|jahre[n]?|ans|años|anos|jaar|anni|år)\b`,
    String.raw`\b(?:zwingend|unbedingt|fundierte?[nm]?|umfangreiche?[nm]?|tiefgehende?[nm]?|mehrjährige?[nm]?|obligatoire|essentiel(?:le)?s?|indispensables?|approfondie?s?|imprescindibles?|obligatori[oa]s?|essenciais?|essencial|obrigatóri[oa]s?|vereist|essentieel|gedegen|ruime)\b`,
  ].join('|'),
  'iu',
);

export const EMPHASIS_FACTOR = 2;
/** Up to this many items in one sentence each weigh in full; beyond it they share sqrt(LIST_FREE / n). */
export const LIST_FREE = 3;

export function isEmphasized(sentence: string | null): boolean {
  return sentence != null && EMPHASIS.test(sentence.slice(0, 2000));
}

/** The weight factor of an item that shares its sentence with `n` asked items in all. */
export function listFactor(n: number): number {
  return n <= LIST_FREE ? 1 : Math.sqrt(LIST_FREE / n);
}
