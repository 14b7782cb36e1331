import type { PostingRecord } from '../schemas';
import type { FitItem, SkillGraph } from './types';

export interface ProfileSkill {
  id: string;
  name: string;
  years: number | null;
  level: 'learning' | 'working' | 'expert';
}

interface Asked {
  names: string[];
  ids: string[];
  bucket: 'required' | 'preferred';
}

/** The posting's items: single skills, and each group of alternatives as one item that any member meets. */
export function askedItems(posting: PostingRecord): Asked[] {
  const idOf = new Map<string, string>();
  posting.required.forEach((n, i) => idOf.set(n, posting.requiredIds[i] ?? n));
  posting.preferred.forEach((n, i) => idOf.set(n, posting.preferredIds[i] ?? n));
  const required = new Set(posting.required);
  const grouped = new Set<string>();
  const items: Asked[] = [];
  for (const group of posting.alternatives) {
    const names = group.filter((n) => idOf.has(n) && !grouped.has(n));
    if (names.length < 2) continue;
    names.forEach((n) => grouped.add(n));
    const bucket = names.every((n) => required.has(n)) ? 'required' : 'preferred';
    items.push({ names, ids: names.map((n) => idOf.get(n)!), bucket });
  }
  for (const [list, bucket] of [[posting.required, 'required'], [posting.preferred, 'preferred']] as const) {
    for (const n of list) if (!grouped.has(n)) items.push({ names: [n], ids: [idOf.get(n)!], bucket });
  }
  return items;
}

type Status = FitItem['status'];
const RANK: Record<Status, number> = { missing: 0, partly: 1, met: 2 };

/**
 * How the profile meets one asked skill. Met: the profile has it, or a more specific skill under it (you list
 * PostgreSQL, it asks for SQL). Partly: the profile has only a broader skill (you list Kubernetes, it asks for
 * GKE), or has it at the "learning" level.
 */
export function statusFor(id: string, profile: ProfileSkill[], graph: SkillGraph): { status: Status; via: string | null } {
  const exact = profile.find((s) => s.id === id);
  if (exact && exact.level !== 'learning') return { status: 'met', via: null };
  const child = profile.find((s) => s.level !== 'learning' && graph.ancestors(s.id).includes(id));
  if (child) return { status: 'met', via: child.name };
  if (exact) return { status: 'partly', via: null };
  const ancestors = new Set(graph.ancestors(id));
  const parent = profile.find((s) => ancestors.has(s.id));
  if (parent) return { status: 'partly', via: parent.name };
  return { status: 'missing', via: null };
}

/** Profile skills that meet or partly meet any asked item, by any path through the taxonomy. */
export function relatedSkills(items: FitItem[], profile: ProfileSkill[], graph: SkillGraph): ProfileSkill[] {
  const asked = new Set(items.flatMap((i) => i.ids));
  return profile.filter(
    (s) => asked.has(s.id) || graph.ancestors(s.id).some((a) => asked.has(a)) || [...asked].some((id) => graph.ancestors(id).includes(s.id)),
  );
}

export function scoreItems(posting: PostingRecord, profile: ProfileSkill[], graph: SkillGraph): FitItem[] {
  const sentence = new Map(posting.evidence.map((e) => [e.item, e.sentence]));
  return askedItems(posting).map((asked) => {
    let best = { status: 'missing' as Status, via: null as string | null };
    for (const id of asked.ids) {
      const s = statusFor(id, profile, graph);
      if (RANK[s.status] > RANK[best.status]) best = s;
    }
    return {
      name: asked.names.join(' or '),
      ids: asked.ids,
      bucket: asked.bucket,
      status: best.status,
      soft: asked.ids.every((id) => graph.isSoft(id)),
      via: best.via,
      sentence: sentence.get(asked.names[0]!) ?? null,
    };
  });
}
