// The review step's two pure halves: which proposed items start ticked, and the profile after the ticked items are
// added. An import only adds or raises: it never removes a skill, lowers years or a level, or replaces a degree with a
// lower one, so importing the same file twice changes nothing the second time.
import { SKILL_LEVEL_RANK, addSkills } from '../profile/edit';
import type { LanguageLevel, Profile, ProfileDegree } from '../profile/schema';
import { itemKey, type ImportProposal } from './proposal';

const DEGREE_RANK: Record<NonNullable<ProfileDegree>, number> = { none: 0, bachelor: 1, master: 2, phd: 3 };
const LEVEL_RANK: Record<LanguageLevel, number> = { basic: 0, conversational: 1, fluent: 2, native: 3 };
const fold = (s: string) => s.trim().toLocaleLowerCase();

const raisesDegree = (p: Profile, d: NonNullable<ProfileDegree>) => p.degree === null || DEGREE_RANK[d] > DEGREE_RANK[p.degree];

/** Items that would change the profile start ticked; names the taxonomy does not know start unticked. */
export function initialPicks(proposal: ImportProposal, p: Profile): Set<string> {
  const picks = new Set<string>();
  const owned = new Map(p.skills.map((s) => [s.id, s]));
  for (const s of proposal.skills) {
    const have = owned.get(s.id);
    const adds = !have
      ? s.known
      : (s.years !== null && s.years > (have.years ?? 0)) || (!!s.level && SKILL_LEVEL_RANK[s.level] > SKILL_LEVEL_RANK[have.level]);
    if (adds) picks.add(itemKey.skill(s));
  }
  if (proposal.degree && raisesDegree(p, proposal.degree.value)) picks.add(itemKey.degree());
  for (const l of proposal.languages) {
    const have = p.languages.find((x) => fold(x.name) === fold(l.name));
    if (!have || LEVEL_RANK[l.level] > LEVEL_RANK[have.level]) picks.add(itemKey.language(l));
  }
  for (const c of proposal.certifications) {
    if (!p.certifications.some((x) => fold(x) === fold(c.name))) picks.add(itemKey.certification(c));
  }
  return picks;
}

export interface Applied {
  profile: Profile;
  /** How many ticked items were taken, for the confirmation line. */
  count: number;
}

export function applyProposal(p: Profile, proposal: ImportProposal, picks: ReadonlySet<string>): Applied {
  const skills = proposal.skills.filter((s) => picks.has(itemKey.skill(s)));
  let out = addSkills(p, skills.map(({ id, name, years, level }) => ({ id, name, years, level })));
  let count = skills.length;

  const d = proposal.degree;
  if (d && picks.has(itemKey.degree())) {
    count++;
    if (raisesDegree(out, d.value)) out = { ...out, degree: d.value };
  }

  for (const l of proposal.languages.filter((x) => picks.has(itemKey.language(x)))) {
    count++;
    const at = out.languages.findIndex((x) => fold(x.name) === fold(l.name));
    if (at < 0) out = { ...out, languages: [...out.languages, { name: l.name, level: l.level }] };
    else if (LEVEL_RANK[l.level] > LEVEL_RANK[out.languages[at]!.level]) {
      out = { ...out, languages: out.languages.map((x, i) => (i === at ? { ...x, level: l.level } : x)) };
    }
  }

  for (const c of proposal.certifications.filter((x) => picks.has(itemKey.certification(x)))) {
    count++;
    if (!out.certifications.some((x) => fold(x) === fold(c.name))) out = { ...out, certifications: [...out.certifications, c.name] };
  }
  return { profile: out, count };
}
