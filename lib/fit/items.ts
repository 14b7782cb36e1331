import type { PostingRecord } from '../schemas';
import type { FitItem, SkillGraph } from './types';
import { impliedClosure } from './implied';

export interface ProfileSkill {
  id: string;
  name: string;
  years: number | null;
  level: 'learning' | 'working' | 'expert';
}

export interface Asked {
  names: string[];
  ids: string[];
  bucket: 'required' | 'preferred';
}

/**
 * The posting's items: single skills, and each group of alternatives as one item that any member meets.
 * A member that is required on its own stays a required item of its own: the group it also sits in ("GCP or AWS
 * or Azure", preferred) is the others' item, so a required GCP is never met by having AWS. A group of examples
 * under a general skill named in the same sentence ("a relational database, e.g. Postgres, MySQL") is that
 * general skill's examples: one item, met by the general skill, by any example or by anything under it.
 */
export function askedItems(posting: PostingRecord, graph: SkillGraph): Asked[] {
  const idOf = new Map<string, string>();
  posting.required.forEach((n, i) => idOf.set(n, posting.requiredIds[i] ?? n));
  posting.preferred.forEach((n, i) => idOf.set(n, posting.preferredIds[i] ?? n));
  const required = new Set(posting.required);
  const sentenceOf = new Map(posting.evidence.map((e) => [e.item, e.sentence]));
  const grouped = new Set<string>();
  const items: Asked[] = [];
  for (const group of posting.alternatives) {
    let names = group.filter((n) => idOf.has(n) && !grouped.has(n));
    const requiredMembers = names.filter((n) => required.has(n));
    const mixed = requiredMembers.length > 0 && requiredMembers.length < names.length;
    if (mixed) names = names.filter((n) => !required.has(n));
    const parent = mixed ? undefined : exampleParent(names, idOf, sentenceOf, posting, graph, grouped);
    if (parent) names = [parent, ...names];
    if (names.length < 2) continue;
    names.forEach((n) => grouped.add(n));
    // A mixed group keeps the required members in its display, so any member meets the preferred item.
    const all = mixed ? [...names, ...requiredMembers] : names;
    const bucket = !mixed && names.every((n) => required.has(n)) ? 'required' : 'preferred';
    items.push({ names: all, ids: all.map((n) => idOf.get(n)!), bucket });
  }
  for (const [list, bucket] of [[posting.required, 'required'], [posting.preferred, 'preferred']] as const) {
    for (const n of list) if (!grouped.has(n)) items.push({ names: [n], ids: [idOf.get(n)!], bucket });
  }
  return items;
}

/** The general skill of the same sentence that every member of an example group sits under, if any. */
function exampleParent(
  names: string[], idOf: Map<string, string>, sentenceOf: Map<string, string>, posting: PostingRecord, graph: SkillGraph, grouped: Set<string>,
): string | undefined {
  const sentence = sentenceOf.get(names[0]!);
  if (!sentence || names.some((n) => sentenceOf.get(n) !== sentence)) return undefined;
  const memberIds = names.map((n) => idOf.get(n)!);
  const inGroup = new Set(names);
  return [...posting.required, ...posting.preferred].find((n) => {
    if (inGroup.has(n) || grouped.has(n) || sentenceOf.get(n) !== sentence) return false;
    const id = idOf.get(n)!;
    return memberIds.every((m) => graph.ancestors(m).includes(id));
  });
}

type Status = FitItem['status'];
const RANK: Record<Status, number> = { missing: 0, partly: 1, met: 2 };

/** Everything a profile skill stands for: its taxonomy ancestors, open-data implications and the curated ones. */
export function impliedBy(skill: Pick<ProfileSkill, 'id' | 'years'>, graph: SkillGraph): string[] {
  const up = (x: string) => (graph.implies ? [...new Set([...graph.ancestors(x), ...graph.implies(x)])] : graph.ancestors(x));
  return impliedClosure(skill.id, { ancestors: up }, skill.years);
}

/**
 * How the profile meets one asked skill. Met: the profile has it, or a skill that implies it (you list
 * PostgreSQL, it asks for SQL; you list Python, it asks for Software Development). Partly: the profile has only a
 * broader skill (you list Kubernetes, it asks for GKE), or has it at the "learning" level.
 */
export function statusFor(
  id: string, profile: ProfileSkill[], graph: SkillGraph, implied = (s: ProfileSkill) => impliedBy(s, graph),
): { status: Status; via: string | null } {
  const exact = profile.find((s) => s.id === id);
  if (exact && exact.level !== 'learning') return { status: 'met', via: null };
  const child = profile.find((s) => s.level !== 'learning' && implied(s).includes(id));
  if (child) return { status: 'met', via: child.name };
  if (exact) return { status: 'partly', via: null };
  // A broader skill of another kind (Python for scikit-learn, Java for Spring) says little about the tool itself.
  const ancestors = new Set(graph.ancestors(id));
  const kind = graph.category?.(id);
  // A name no list holds ("Field Marketing") has no kind of its own: its head (Marketing) is of its kind.
  const parent = profile.find((s) => ancestors.has(s.id) && (!graph.category || kind === undefined || graph.category(s.id) === kind));
  if (parent) return { status: 'partly', via: parent.name };
  return { status: 'missing', via: null };
}

/** Profile skills that meet or partly meet any asked item, by any path through the taxonomy. */
export function relatedSkills(items: Pick<FitItem, 'ids'>[], profile: ProfileSkill[], graph: SkillGraph): ProfileSkill[] {
  const asked = new Set(items.flatMap((i) => i.ids));
  return profile.filter(
    (s) => asked.has(s.id) || impliedBy(s, graph).some((a) => asked.has(a)) || [...asked].some((id) => graph.ancestors(id).includes(s.id)),
  );
}

export interface MatchedItem extends Asked {
  status: Status;
  via: string | null;
  soft: boolean;
  sentence: string | null;
}

export function matchItems(posting: PostingRecord, profile: ProfileSkill[], graph: SkillGraph): MatchedItem[] {
  const sentence = new Map(posting.evidence.map((e) => [e.item, e.sentence]));
  const memo = new Map<ProfileSkill, string[]>();
  const implied = (s: ProfileSkill) => memo.get(s) ?? memo.set(s, impliedBy(s, graph)).get(s)!;
  return askedItems(posting, graph).map((asked) => {
    let best = { status: 'missing' as Status, via: null as string | null };
    for (const id of asked.ids) {
      const s = statusFor(id, profile, graph, implied);
      if (RANK[s.status] > RANK[best.status]) best = s;
    }
    return {
      ...asked,
      status: best.status,
      via: best.via,
      soft: asked.ids.every((id) => graph.isSoft(id)),
      sentence: sentence.get(asked.names[0]!) ?? null,
    };
  });
}
