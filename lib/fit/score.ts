import type { PostingRecord } from '../schemas';
import { findDealbreakers, type FitProfileFacts } from './dealbreakers';
import { relatedSkills, scoreItems } from './items';
import { FORMULA_VERSION, type FitItem, type FitReport, type SkillGraph } from './types';

/*
 * The fit formula, version fit-1 (FORMULA_VERSION; a saved score records it).
 *   Each asked item earns credit: met 1, partly 0.5, missing 0. A group of alternatives is one item, met by
 *   any member. Weights: required skill 3, required soft skill 1, preferred skill 1, preferred soft skill 0.5.
 *   R = earned / possible over required items, P = the same over preferred items.
 *   score = 100 × (0.85 R + 0.15 P) when the posting has both; 100 × R or 100 × P when it has only one kind.
 *   Any dealbreaker (years, degree, spoken language, certification or licence, remote, salary, visa) caps it at
 *   40, unless the user dismissed it for this posting ("not a dealbreaker for me").
 *   Fewer than MIN_ITEMS items: no score ("Too few requirements found").
 *   Verdict: strong from 70, partial from 45, weak below.
 */
export const WEIGHTS = { required: 3, requiredSoft: 1, preferred: 1, preferredSoft: 0.5 } as const;
export const CREDIT = { met: 1, partly: 0.5, missing: 0 } as const;
export const REQUIRED_SHARE = 0.85;
export const DEALBREAKER_CAP = 40;
export const MIN_ITEMS = 2;

const weight = (i: FitItem) =>
  i.bucket === 'required' ? (i.soft ? WEIGHTS.requiredSoft : WEIGHTS.required) : i.soft ? WEIGHTS.preferredSoft : WEIGHTS.preferred;

function ratio(items: FitItem[]): number | null {
  const possible = items.reduce((s, i) => s + weight(i), 0);
  if (possible === 0) return null;
  return items.reduce((s, i) => s + weight(i) * CREDIT[i.status], 0) / possible;
}

export function verdictFor(score: number | null): FitReport['verdict'] {
  if (score == null) return 'unknown';
  return score >= 70 ? 'strong' : score >= 45 ? 'partial' : 'weak';
}

/** `dismissed`: keys of the dealbreakers the user called "not a dealbreaker for me" on this posting. */
export function fit(profile: FitProfileFacts, posting: PostingRecord, graph: SkillGraph, dismissed: ReadonlySet<string> = new Set()): FitReport {
  const items = scoreItems(posting, profile.skills, graph);
  const related = relatedSkills(items, profile.skills, graph);
  const { dealbreakers, notes, pay, work } = findDealbreakers(posting, profile, related, dismissed);
  const r = ratio(items.filter((i) => i.bucket === 'required'));
  const p = ratio(items.filter((i) => i.bucket === 'preferred'));
  let score: number | null = null;
  if (items.length >= MIN_ITEMS) {
    const raw = r != null && p != null ? REQUIRED_SHARE * r + (1 - REQUIRED_SHARE) * p : (r ?? p ?? 0);
    score = Math.round(100 * raw);
    if (dealbreakers.some((d) => !d.dismissed)) score = Math.min(score, DEALBREAKER_CAP);
  } else notes.push('Too few requirements found to judge the fit.');
  const order = { missing: 0, partly: 1, met: 2 };
  items.sort((a, b) => (a.bucket === b.bucket ? 0 : a.bucket === 'required' ? -1 : 1) || order[b.status] - order[a.status]);
  return { score, verdict: verdictFor(score), formulaVersion: FORMULA_VERSION, items, dealbreakers, notes, pay, work };
}
