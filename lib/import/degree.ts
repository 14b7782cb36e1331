// The degree a file's degree field names (JSON Resume's studyType, LinkedIn's Degree Name): the posting parser's own
// reader of degrees (lib/posting/degree.ts degreeNamed), then the bare abbreviations it rightly ignores in free text
// ("BA", "MS" are words or names there) but which, alone in a field meant for a degree, can only be one.
import { degreeNamed } from '../posting/degree';
import { DEGREE_RANK } from '../profile/schema';
import type { ProposedDegree } from './proposal';

type Degree = ProposedDegree['value'];

const ALONE: [RegExp, Degree][] = [
  [/^(?:doctor\b.*|d\.?\s?phil|d\.?\s?sc|ed\.?\s?d|dr\.?)\.?$/i, 'phd'],
  [/^(?:m\.?\s?a|m\.?\s?s|ll\.?\s?m|m\.?\s?res|m\.?\s?phil)\.?$/i, 'master'],
  [/^(?:b\.?\s?a|b\.?\s?s|a\.?\s?b|ll\.?\s?b|licen[cs]e|licenciatura)\.?$/i, 'bachelor'],
];

/** The degree a degree field names, or null (an associate degree or school diploma is none the profile ranks). */
export function degreeOf(field: string): Degree | null {
  const named = degreeNamed(field);
  if (named) return named;
  const t = field.trim();
  for (const [re, d] of ALONE) if (re.test(t)) return d;
  return null;
}

/** The highest of the degrees found, or null. */
export function highestDegree(found: readonly ProposedDegree[]): ProposedDegree | null {
  let best: ProposedDegree | null = null;
  for (const d of found) if (!best || DEGREE_RANK[d.value] > DEGREE_RANK[best.value]) best = d;
  return best;
}
