// Merging an imported profile into the stored one (import mode 'merge'). The rule throughout: never lose
// something either side knows, and when both know it, keep the stronger claim (more years, higher level).
import { DEGREE_RANK, LANGUAGE_LEVEL_RANK, SKILL_LEVEL_RANK, type Profile, type ProfileSkill } from '../profile/schema';

const higherYears = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

export function mergeSkills(local: ProfileSkill[], incoming: ProfileSkill[]): ProfileSkill[] {
  const byId = new Map(local.map((s) => [s.id, { ...s }]));
  for (const s of incoming) {
    const mine = byId.get(s.id);
    if (!mine) {
      byId.set(s.id, { ...s });
      continue;
    }
    mine.years = higherYears(mine.years, s.years);
    if (SKILL_LEVEL_RANK[s.level] > SKILL_LEVEL_RANK[mine.level]) mine.level = s.level;
  }
  return [...byId.values()];
}

function unionBy<T>(a: T[], b: T[], key: (x: T) => string, pick: (mine: T, theirs: T) => T = (m) => m): T[] {
  const map = new Map<string, T>();
  for (const x of a) map.set(key(x), x);
  for (const x of b) {
    const k = key(x);
    const mine = map.get(k);
    map.set(k, mine === undefined ? x : pick(mine, x));
  }
  return [...map.values()];
}

/** Local preferences win: they express what the user wants now, the file what they wanted then. */
export function mergeProfiles(local: Profile, incoming: Profile, now: number): Profile {
  const fold = (s: string) => s.trim().toLowerCase();
  const degree =
    local.degree === null ? incoming.degree : incoming.degree === null ? local.degree
    : DEGREE_RANK[incoming.degree] > DEGREE_RANK[local.degree] ? incoming.degree : local.degree;
  return {
    skills: mergeSkills(local.skills, incoming.skills),
    degree,
    languages: unionBy(local.languages, incoming.languages, (l) => fold(l.name), (m, t) =>
      LANGUAGE_LEVEL_RANK[t.level] > LANGUAGE_LEVEL_RANK[m.level] ? { ...m, level: t.level } : m),
    certifications: unionBy(local.certifications, incoming.certifications, fold),
    preferences: {
      ...local.preferences,
      minSalary: local.preferences.minSalary ?? incoming.preferences.minSalary,
      titles: unionBy(local.preferences.titles, incoming.preferences.titles, fold),
      authorizedIn: unionBy(local.preferences.authorizedIn, incoming.preferences.authorizedIn, fold),
    },
    updatedAt: now,
  };
}
