// A profile written by a person: skills by name as typed in the popup ("Postgres", "k8s"), languages by level
// (native, fluent or a CEFR level), degree by word. Resolved to the stored Profile through the same alias lookup
// as the popup's skill box; a name the taxonomy does not know is kept as typed, as the popup's "add as typed"
// does. Used by `npm run fit -- --profile FILE` and by the popup's import. Never throws: a bad file gets the
// list of what is wrong.
import { z } from 'zod';
import { skillSlug } from '../db/slug';
import { formatIssues } from '../db/issues';
import {
  MAX_LIST, MAX_SKILLS, MinSalarySchema, ProfileSchema, SkillLevelSchema, nameString,
  type LanguageLevel, type Profile, type ProfileDegree, type ProfileSkill,
} from './schema';

/** The popup's lookup of a typed name: canonical name first, then aliases (lib/taxonomy/match conceptByName). */
export type NameLookup = (name: string) => { id: string; name: string } | undefined;

const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const LANGUAGE_LEVEL_WORDS = ['native', 'fluent', 'conversational', 'basic', ...CEFR] as const;

/** CEFR to the profile's four levels: C1/C2 are fluent use, B1/B2 independent but not fluent, A1/A2 basic. */
const LEVEL_OF: Record<(typeof LANGUAGE_LEVEL_WORDS)[number], LanguageLevel> = {
  native: 'native', fluent: 'fluent', conversational: 'conversational', basic: 'basic',
  A1: 'basic', A2: 'basic', B1: 'conversational', B2: 'conversational', C1: 'fluent', C2: 'fluent',
};

const levelWord = z.preprocess(
  (v) => (typeof v === 'string' ? (/^[abc][12]$/i.test(v.trim()) ? v.trim().toUpperCase() : v.trim().toLowerCase()) : v),
  z.enum(LANGUAGE_LEVEL_WORDS),
);

const degreeWord = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['none', 'associate', 'bachelor', 'master', 'phd']).nullable(),
);

export const ProfileByNameSchema = z.object({
  /** A label for the person; not stored. */
  name: z.string().max(200).optional(),
  skills: z
    .array(
      z.object({
        name: nameString(),
        years: z.number().min(0).max(60).nullable().optional(),
        level: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), SkillLevelSchema).optional(),
      }),
    )
    .max(MAX_SKILLS),
  degree: degreeWord.optional(),
  languages: z.array(z.object({ name: nameString(100), level: levelWord })).max(200).optional(),
  certifications: z.array(nameString()).max(MAX_LIST).optional(),
  preferences: z
    .object({
      remoteOnly: z.boolean().optional(),
      minSalary: MinSalarySchema.nullable().optional(),
      titles: z.array(nameString()).max(200).optional(),
      needsSponsorship: z.boolean().optional(),
      authorizedIn: z.array(nameString(100)).max(50).optional(),
    })
    .optional(),
});
export type ProfileByName = z.infer<typeof ProfileByNameSchema>;

export interface ResolvedProfile {
  profile: Profile;
  /** Skill names the taxonomy does not know, kept as typed. */
  unknown: string[];
  /** Names that resolved to a skill already listed, folded into it ("Postgres" and "PostgreSQL"). */
  merged: string[];
}

export type ProfileFileResult = ({ ok: true } & ResolvedProfile) | { ok: false; errors: string[] };

const LEVEL_RANK = { learning: 0, working: 1, expert: 2 } as const;

/**
 * The profile's degree. The stored profile ranks none < bachelor < master < phd, and postings ask only for one of
 * the last three, so an associate degree meets exactly what "none" meets.
 */
const degreeOf = (d: ProfileByName['degree']): ProfileDegree => (d == null ? null : d === 'associate' ? 'none' : d);

/**
 * "Agile/Scrum", "Docker & Kubernetes": one entry naming two skills. Split only when the whole is unknown and
 * every part is known, so "CI/CD" or "TCP/IP" stay whole and an unknown name stays as typed.
 */
export function splitNames(typed: string, lookup: NameLookup): string[] {
  if (lookup(typed)) return [typed];
  const parts = typed.split(/\s*(?:\/|&|\+|,)\s*|\s+(?:and|or)\s+/i).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every((p) => lookup(p)) ? parts : [typed];
}

export function resolveProfile(input: ProfileByName, lookup: NameLookup, now = 0): ResolvedProfile {
  const unknown: string[] = [];
  const merged: string[] = [];
  const byId = new Map<string, ProfileSkill>();
  const named = input.skills.flatMap((s) => splitNames(s.name.replace(/\s+/g, ' '), lookup).map((typed) => ({ ...s, typed })));
  for (const s of named) {
    const typed = s.typed;
    const hit = lookup(typed);
    if (!hit) unknown.push(typed);
    const id = hit?.id ?? skillSlug(typed);
    const skill: ProfileSkill = { id, name: hit?.name ?? typed, years: s.years ?? null, level: s.level ?? 'working' };
    const prior = byId.get(id);
    if (!prior) {
      byId.set(id, skill);
      continue;
    }
    merged.push(typed);
    prior.years = prior.years == null ? skill.years : skill.years == null ? prior.years : Math.max(prior.years, skill.years);
    if (LEVEL_RANK[skill.level] > LEVEL_RANK[prior.level]) prior.level = skill.level;
  }
  const p = input.preferences ?? {};
  const profile: Profile = {
    skills: [...byId.values()],
    degree: degreeOf(input.degree),
    languages: (input.languages ?? []).map((l) => ({ name: l.name, level: LEVEL_OF[l.level] })),
    certifications: input.certifications ?? [],
    preferences: {
      remoteOnly: p.remoteOnly ?? false,
      minSalary: p.minSalary ?? null,
      titles: p.titles ?? [],
      needsSponsorship: p.needsSponsorship ?? false,
      authorizedIn: p.authorizedIn ?? [],
    },
    updatedAt: now,
  };
  return { profile, unknown, merged };
}

/** True when the value looks like a stored profile (skills carry ids) rather than one written by name. */
const hasIds = (v: unknown) =>
  Array.isArray((v as { skills?: unknown } | null)?.skills) &&
  ((v as { skills: unknown[] }).skills).some((s) => typeof (s as { id?: unknown } | null)?.id === 'string');

/**
 * Reads a profile file's text: a stored profile (with skill ids, as the CLI's examples) or a profile by name.
 * Returns every problem found, each naming its field; nothing is resolved unless the whole file is valid.
 */
export function parseProfileFile(text: string, lookup: NameLookup, now = 0): ProfileFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, errors: ['not a profile: expected a JSON object with a "skills" list'] };
  if (!('skills' in value)) return { ok: false, errors: ['not a profile: no "skills" list'] };
  if (hasIds(value)) {
    const r = ProfileSchema.safeParse(value);
    return r.success ? { ok: true, profile: r.data, unknown: [], merged: [] } : { ok: false, errors: formatIssues(r.error.issues) };
  }
  const r = ProfileByNameSchema.safeParse(value);
  if (!r.success) return { ok: false, errors: formatIssues(r.error.issues) };
  return { ok: true, ...resolveProfile(r.data, lookup, now) };
}
