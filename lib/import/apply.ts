// The review step's two pure halves: which proposed items start ticked, and the profile after the ticked items are
// added. An import only adds or raises: it never removes a skill, lowers years or a level, or replaces a degree with a
// lower one, so importing the same file twice changes nothing the second time. The degree, languages and
// certificates merge by the backup import's rules (lib/db/merge.ts); new skills go on top, where the user looks.
import { mergeProfiles } from '../db/merge';
import { addSkills } from '../profile/edit';
import { DEGREE_RANK, LANGUAGE_LEVEL_RANK, SKILL_LEVEL_RANK, type Profile, type ProfileDegree } from '../profile/schema';
import { itemKey, type ImportProposal } from './proposal';

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
    if (!have || LANGUAGE_LEVEL_RANK[l.level] > LANGUAGE_LEVEL_RANK[have.level]) picks.add(itemKey.language(l));
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
  const degree = proposal.degree && picks.has(itemKey.degree()) ? proposal.degree.value : null;
  const languages = proposal.languages.filter((l) => picks.has(itemKey.language(l)));
  const certifications = proposal.certifications.filter((c) => picks.has(itemKey.certification(c)));
  const incoming: Profile = {
    ...p,
    skills: [],
    degree,
    languages: languages.map(({ name, level }) => ({ name, level })),
    certifications: certifications.map((c) => c.name),
  };
  const merged = mergeProfiles(p, incoming, p.updatedAt);
  return {
    profile: { ...merged, skills: addSkills(p, skills.map(({ id, name, years, level }) => ({ id, name, years, level }))).skills },
    count: skills.length + (degree ? 1 : 0) + languages.length + certifications.length,
  };
}
