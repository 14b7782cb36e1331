// Version 2: skills get a canonical id and a level (the fit matches taxonomy ids, not display names),
// and postings get application tracking (status) and the fit-formula version of their score.
import type { Transaction } from 'dexie';
import type { ProfileSkill } from '../../profile/schema';
import type { V1Posting, V1Profile, V1Skill } from './v1';

export const V2 = 2;

/** `status` and `score` become indexes: the list is filtered by status and sorted by score. */
export const V2_STORES = {
  profile: '',
  postings: 'id, &url, savedAt, status, score, company',
  settings: 'key',
} as const;

/** Maps a skill name to its canonical id; the extension passes a taxonomy lookup, tests a slug. */
export type SkillIdResolver = (name: string) => string;

/** v1 skills → v2 skills. v1 allowed two spellings of one skill ("Postgres", "PostgreSQL"); once they map
 * to one id they are merged, keeping the higher years, since the profile is keyed by id from v2 on. */
export function upgradeSkills(skills: V1Skill[], skillId: SkillIdResolver): ProfileSkill[] {
  const byId = new Map<string, ProfileSkill>();
  for (const s of skills) {
    const name = String(s.name ?? '').trim().slice(0, 200);
    if (!name) continue; // v1's form saved empty rows; they carry no information
    const id = skillId(name);
    const years = typeof s.years === 'number' && Number.isFinite(s.years) ? Math.min(60, Math.max(0, s.years)) : null;
    const prev = byId.get(id);
    if (!prev) byId.set(id, { id, name, years, level: 'working' });
    else if (years !== null && (prev.years === null || years > prev.years)) prev.years = years;
  }
  return [...byId.values()];
}

export async function upgradeToV2(tx: Transaction, skillId: SkillIdResolver): Promise<void> {
  // Postings first, profile second: either order is fine since a throw anywhere rolls back both.
  await tx
    .table('postings')
    .toCollection()
    .modify((p: V1Posting & { status?: string; formulaVersion?: string | null }) => {
      p.status ??= 'saved';
      p.formulaVersion ??= null;
    });
  await tx
    .table('profile')
    .toCollection()
    .modify((p: V1Profile) => {
      // In-place mutation is how Dexie's modify() writes the result back.
      (p as unknown as { skills: ProfileSkill[] }).skills = upgradeSkills(p.skills ?? [], skillId);
    });
}
