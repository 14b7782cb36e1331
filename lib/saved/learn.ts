// "What to learn next": the skills your saved postings ask for and you lack, ranked by how much learning
// each would help. A posting counts with weight score/100, so a skill that blocks a near-fit (score 85)
// outranks one asked by several poor fits; a preferred skill counts half a required one.
import type { MissingSkill } from './rescore';

export interface LearnPosting {
  id: string;
  title: string | null;
  company: string | null;
  score: number | null;
  missing: readonly MissingSkill[];
}

export interface LearnEntry {
  key: string;
  name: string;
  /** Sum over the postings asking for it of (score/100) × (1 for required, 0.5 for preferred). */
  weight: number;
  /** The postings that ask for it, closest fit first. */
  postings: { id: string; title: string | null; company: string | null; score: number | null; bucket: MissingSkill['bucket'] }[];
}

export const PREFERRED_FACTOR = 0.5;
/** An unscored posting (too few requirements to judge) still counts a little. */
export const UNSCORED_CLOSENESS = 0.1;

export function closeness(score: number | null): number {
  return score == null ? UNSCORED_CLOSENESS : Math.max(0, Math.min(100, score)) / 100;
}

export function learnNext(postings: readonly LearnPosting[], limit = 10): LearnEntry[] {
  const byKey = new Map<string, LearnEntry>();
  for (const p of postings) {
    const seen = new Set<string>();
    for (const m of p.missing) {
      if (seen.has(m.key)) continue; // one posting counts once per skill
      seen.add(m.key);
      let e = byKey.get(m.key);
      if (!e) byKey.set(m.key, (e = { key: m.key, name: m.name, weight: 0, postings: [] }));
      e.weight += closeness(p.score) * (m.bucket === 'required' ? 1 : PREFERRED_FACTOR);
      e.postings.push({ id: p.id, title: p.title, company: p.company, score: p.score, bucket: m.bucket });
    }
  }
  const entries = [...byKey.values()];
  for (const e of entries) e.postings.sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  entries.sort((a, b) => b.weight - a.weight || b.postings.length - a.postings.length || a.name.localeCompare(b.name));
  return entries.slice(0, limit);
}
