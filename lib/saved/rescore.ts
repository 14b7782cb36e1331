// Saved scores follow the profile: each stored record is scored again with the current profile, and the
// missing skills found on the way feed "what to learn next".
import type { SavedPosting } from '../db/records';
import type { FitProfileFacts } from '../fit/dealbreakers';
import { fit } from '../fit/score';
import type { FitItem, SkillGraph } from '../fit/types';

/** One asked item that the profile does not meet. */
export interface MissingSkill {
  /** Stable key across postings: the taxonomy ids, sorted (a group of alternatives is one skill). */
  key: string;
  name: string;
  bucket: FitItem['bucket'];
}

export interface Rescored {
  score: number | null;
  formulaVersion: string;
  missing: MissingSkill[];
}

export function missingOf(items: readonly FitItem[]): MissingSkill[] {
  return items
    .filter((i) => i.status === 'missing')
    .map((i) => ({ key: [...i.ids].sort().join('|'), name: i.name, bucket: i.bucket }));
}

export function rescore(p: Pick<SavedPosting, 'record'>, profile: FitProfileFacts, graph: SkillGraph): Rescored {
  const r = fit(profile, p.record, graph);
  return { score: r.score, formulaVersion: r.formulaVersion, missing: missingOf(r.items) };
}

/** Postings whose stored score or formula version differs from the recomputed one: what to write back. */
export function staleScores(
  postings: readonly Pick<SavedPosting, 'id' | 'score' | 'formulaVersion'>[],
  scored: ReadonlyMap<string, Rescored>,
): { id: string; score: number | null; formulaVersion: string }[] {
  const out: { id: string; score: number | null; formulaVersion: string }[] = [];
  for (const p of postings) {
    const r = scored.get(p.id);
    if (r && (r.score !== p.score || r.formulaVersion !== p.formulaVersion)) out.push({ id: p.id, score: r.score, formulaVersion: r.formulaVersion });
  }
  return out;
}
