// The user's skills profile. Types are derived from the schemas so that what the UI edits, what the
// database stores and what a backup file may contain are checked by the same rules.
// Limits exist because a backup file is untrusted input: a hostile or corrupt import must not be able to
// make the extension hold millions of entries or megabyte-long names in memory and storage.
import { z } from 'zod';

export const MAX_SKILLS = 2000;
export const MAX_LIST = 2000;
export const MAX_NAME = 200;

/** Trimmed, non-empty, bounded: a name made only of spaces would show as a blank chip. */
export const nameString = (max = MAX_NAME) => z.string().trim().min(1).max(max);

export const SkillLevelSchema = z.enum(['learning', 'working', 'expert']);
export type SkillLevel = z.infer<typeof SkillLevelSchema>;
export const SKILL_LEVEL_RANK: Record<SkillLevel, number> = { learning: 0, working: 1, expert: 2 };

export const ProfileSkillSchema = z.object({
  /** Canonical taxonomy id (e.g. "postgresql"); the fit is computed on ids, not display names. */
  id: nameString(),
  name: nameString(),
  years: z.number().min(0).max(60).nullable(),
  level: SkillLevelSchema,
});
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;

export const ProfileDegreeSchema = z.enum(['none', 'bachelor', 'master', 'phd']).nullable();
export type ProfileDegree = z.infer<typeof ProfileDegreeSchema>;
export const DEGREE_RANK: Record<NonNullable<ProfileDegree>, number> = { none: 0, bachelor: 1, master: 2, phd: 3 };

export const LanguageLevelSchema = z.enum(['basic', 'conversational', 'fluent', 'native']);
export type LanguageLevel = z.infer<typeof LanguageLevelSchema>;
export const LANGUAGE_LEVEL_RANK: Record<LanguageLevel, number> = { basic: 0, conversational: 1, fluent: 2, native: 3 };

export const ProfileLanguageSchema = z.object({ name: nameString(100), level: LanguageLevelSchema });
export type ProfileLanguage = z.infer<typeof ProfileLanguageSchema>;

/** ISO 4217 shape (three capitals), as in the posting's SalarySchema; the list itself changes over time. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'expected a 3-letter ISO 4217 code such as EUR');

export const MinSalarySchema = z.object({
  amount: z.number().min(0).max(1e9),
  currency: CurrencySchema,
  period: z.enum(['year', 'month', 'hour']),
});
export type MinSalary = z.infer<typeof MinSalarySchema>;

export const PreferencesSchema = z.object({
  remoteOnly: z.boolean(),
  minSalary: MinSalarySchema.nullable(),
  titles: z.array(nameString()).max(200),
  /** "I need visa sponsorship" where not authorised to work. Defaults keep backups made before v3 importable. */
  needsSponsorship: z.boolean().default(false),
  /** Places the user may work in without sponsorship, as typed ("US", "EU"); compared by lib/posting/work-place. */
  authorizedIn: z.array(nameString(100)).max(50).default([]),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const ProfileSchema = z
  .object({
    skills: z.array(ProfileSkillSchema).max(MAX_SKILLS),
    degree: ProfileDegreeSchema,
    languages: z.array(ProfileLanguageSchema).max(200),
    certifications: z.array(nameString()).max(MAX_LIST),
    preferences: PreferencesSchema,
    updatedAt: z.number().int().min(0),
  })
  .superRefine(
    (p, ctx) => {
      // Skills are keyed by id (merge, fit, edit); two entries with one id would make "my years" ambiguous.
      // Runs even when other fields failed (hence the defensive reads) so an import lists every problem.
      const skills: unknown = (p as { skills?: unknown } | null)?.skills;
      if (!Array.isArray(skills)) return;
      const seen = new Map<string, number>();
      skills.forEach((s: unknown, i) => {
        const id = (s as { id?: unknown } | null)?.id;
        if (typeof id !== 'string') return;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else ctx.addIssue({ code: 'custom', path: ['skills', i, 'id'], message: `duplicate of skills[${first}].id "${id}"` });
      });
    },
    { when: () => true },
  );
export type Profile = z.infer<typeof ProfileSchema>;

export function emptyProfile(): Profile {
  return {
    skills: [],
    degree: null,
    languages: [],
    certifications: [],
    preferences: { remoteOnly: false, minSalary: null, titles: [], needsSponsorship: false, authorizedIn: [] },
    updatedAt: 0,
  };
}
