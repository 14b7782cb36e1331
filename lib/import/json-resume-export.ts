// The profile as a JSON Resume (schema v1.0.0) file, for other tools and for importing back: skills with Postfit's
// extension (id, years, level; see json-resume-schema.ts), spoken languages with a fluency that reads back to the same
// level, certificates, and the degree as an education entry ("none" has no entry: an import proposes only degrees
// held). Preferences have no place in JSON Resume and stay out.
import type { LanguageLevel, Profile, SkillLevel } from '../profile/schema';
import { EXTENSION, JSON_RESUME_SCHEMA_URL } from './json-resume-schema';

const SKILL_LEVEL: Record<SkillLevel, string> = { learning: 'Beginner', working: 'Intermediate', expert: 'Expert' };
const FLUENCY: Record<LanguageLevel, string> = { native: 'Native speaker', fluent: 'Fluent', conversational: 'Conversational', basic: 'Basic' };
const STUDY_TYPE = { bachelor: 'Bachelor', master: 'Master', phd: 'Doctorate (PhD)' } as const;

export function profileToJsonResume(profile: Profile): Record<string, unknown> {
  const degree = profile.degree;
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    skills: profile.skills.map((s) => ({
      name: s.name,
      level: SKILL_LEVEL[s.level],
      keywords: [],
      [EXTENSION]: { id: s.id, years: s.years, level: s.level },
    })),
    languages: profile.languages.map((l) => ({ language: l.name, fluency: FLUENCY[l.level] })),
    certificates: profile.certifications.map((name) => ({ name })),
    education: degree && degree !== 'none' ? [{ studyType: STUDY_TYPE[degree] }] : [],
    meta: {
      version: 'v1.0.0',
      ...(profile.updatedAt > 0 ? { lastModified: new Date(profile.updatedAt).toISOString() } : {}),
    },
  };
}
