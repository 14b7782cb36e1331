// A degree as files word it ("Bachelor of Science - BS", "MSc", "Doctor of Philosophy") to the profile's degree.
// An associate degree or school leaving certificate meets what "none" meets (see lib/profile/by-name.ts).
import type { ProfileDegree } from '../profile/schema';
import type { ProposedDegree } from './proposal';

type Degree = Exclude<ProfileDegree, null>;

// Abbreviations end at a non-letter (not \b: "M.S." ends with a dot).
const RULES: [RegExp, Degree][] = [
  [/\b(?:ph\.?\s?d|d\.?\s?phil|doctor(?:ate|al)?|ed\.?\s?d|dr\.?\s?rer)(?![a-z])/i, 'phd'],
  [/\b(?:masters?|m\.?\s?sc|m\.?s|m\.?a|mba|m\.?\s?eng|m\.?\s?phil|mres|ll\.?m|m\.?\s?tech|magister|diplom)(?![a-z])/i, 'master'],
  [/\b(?:bachelors?|b\.?\s?sc|b\.?s|b\.?a|b\.?\s?eng|b\.?\s?tech|bba|ll\.?b|b\.?\s?com|licen[cs]e|licenciatura)(?![a-z])/i, 'bachelor'],
  [/\b(?:associate|high school|secondary school|a-levels?|gcse|abitur)(?![a-z])/i, 'none'],
];

export const DEGREE_RANK: Record<Degree, number> = { none: 0, bachelor: 1, master: 2, phd: 3 };

/** The degree a phrase names, or null when it names none the profile knows. */
export function degreeOf(words: string): Degree | null {
  for (const [re, d] of RULES) if (re.test(words)) return d;
  return null;
}

/** The highest of the degrees found, or null. */
export function highestDegree(found: readonly ProposedDegree[]): ProposedDegree | null {
  let best: ProposedDegree | null = null;
  for (const d of found) if (!best || DEGREE_RANK[d.value] > DEGREE_RANK[best.value]) best = d;
  return best;
}
