// Pure profile edits and the field checks the editor shows beside each field. Every function returns a new
// profile (or an error message); nothing here touches storage.
import { readAmount } from './amount';
import { MAX_NAME, SKILL_LEVEL_RANK, type LanguageLevel, type MinSalary, type Profile, type ProfileSkill, type SkillLevel } from './schema';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const fold = (s: string) => s.trim().toLocaleLowerCase();

/** Text typed into a "years" box: empty means unknown (null); otherwise a number from 0 to 60. */
export function parseYears(raw: string): Checked<number | null> {
  const t = raw.trim().replace(',', '.');
  if (!t) return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(t)) return { ok: false, error: 'Years must be a number, e.g. 3 or 1.5' };
  const n = Number(t);
  if (n < 0) return { ok: false, error: 'Years cannot be negative' };
  if (n > 60) return { ok: false, error: 'Years must be 60 or less' };
  return { ok: true, value: n };
}

/** A salary amount as typed ("55000", "55 000", "55,000", "150k", "150.000"): empty means no minimum. */
export function parseAmount(raw: string): Checked<number | null> {
  const t = raw.trim();
  if (!t) return { ok: true, value: null };
  if (/^-/.test(t)) return { ok: false, error: 'The salary cannot be negative' };
  const n = readAmount(t);
  if (n === null) return { ok: false, error: 'Enter the amount as a number, e.g. 55000, 55 000 or 55k' };
  if (n > 1e9) return { ok: false, error: 'That amount is too large' };
  return { ok: true, value: n };
}

export function parseCurrency(raw: string): Checked<string> {
  const t = raw.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(t) ? { ok: true, value: t } : { ok: false, error: 'Use a 3-letter currency code such as EUR or USD' };
}

/** A name for a list (language, certification, title): trimmed, non-empty, not already in the list. */
export function checkName(raw: string, existing: readonly string[], what: string, max = MAX_NAME): Checked<string> {
  const t = raw.trim().replace(/\s+/g, ' ');
  if (!t) return { ok: false, error: `Type a ${what} first` };
  if (t.length > max) return { ok: false, error: `That ${what} is longer than ${max} characters` };
  if (existing.some((e) => fold(e) === fold(t))) return { ok: false, error: `“${t}” is already in the list` };
  return { ok: true, value: t };
}

export function hasSkill(p: Profile, id: string): boolean {
  return p.skills.some((s) => s.id === id);
}

/** Adds a skill at the top of the list (newest first, where the user is looking). No-op if present. */
export function addSkill(p: Profile, skill: Pick<ProfileSkill, 'id' | 'name'> & Partial<ProfileSkill>): Profile {
  if (hasSkill(p, skill.id)) return p;
  const s: ProfileSkill = { id: skill.id, name: skill.name, years: skill.years ?? null, level: skill.level ?? 'working' };
  return { ...p, skills: [s, ...p.skills] };
}

/** Adds several skills; one already present keeps its level unless given a higher one, and takes the larger years. */
export function addSkills(p: Profile, skills: { id: string; name: string; years: number | null; level?: SkillLevel }[]): Profile {
  let out = p;
  for (const s of [...skills].reverse()) {
    const have = out.skills.find((x) => x.id === s.id);
    if (!have) {
      out = addSkill(out, s);
      continue;
    }
    if (s.years !== null && s.years > (have.years ?? 0)) out = updateSkill(out, s.id, { years: s.years });
    if (s.level && SKILL_LEVEL_RANK[s.level] > SKILL_LEVEL_RANK[have.level]) out = updateSkill(out, s.id, { level: s.level });
  }
  return out;
}

export function updateSkill(p: Profile, id: string, patch: { years?: number | null; level?: SkillLevel }): Profile {
  return { ...p, skills: p.skills.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function removeSkill(p: Profile, id: string): Profile {
  return { ...p, skills: p.skills.filter((s) => s.id !== id) };
}

export function addLanguage(p: Profile, name: string, level: LanguageLevel): Profile {
  return { ...p, languages: [...p.languages, { name, level }] };
}

export function setLanguageLevel(p: Profile, index: number, level: LanguageLevel): Profile {
  return { ...p, languages: p.languages.map((l, i) => (i === index ? { ...l, level } : l)) };
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

export function setMinSalary(p: Profile, minSalary: MinSalary | null): Profile {
  return { ...p, preferences: { ...p.preferences, minSalary } };
}
