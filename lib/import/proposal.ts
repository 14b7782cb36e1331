// What an imported file proposes for the profile. Every reader (a CV's text from PDF, Word or paste; a JSON Resume;
// a LinkedIn data export) returns this shape, each item with where it came from, so the review step can show
// "Python, 8 years: 2017–2025 at Acme" and the user ticks what to keep. Nothing here touches storage.
import type { NameLookup } from '../profile/by-name';
import type { Matcher } from '../profile/cv';
import type { LanguageLevel, SkillLevel } from '../profile/schema';

export type ImportKind = 'pdf' | 'docx' | 'text' | 'json-resume' | 'linkedin';

export const KIND_LABEL: Record<ImportKind, string> = {
  pdf: 'PDF CV',
  docx: 'Word CV',
  text: 'CV text',
  'json-resume': 'JSON Resume',
  linkedin: 'LinkedIn data export',
};

export interface ProposedSkill {
  id: string;
  name: string;
  years: number | null;
  /** Why this item is proposed, shown beside it: "2017–2025 at Acme", "“5 years of Python”", "Skills.csv". */
  source: string;
  /** False for a name the taxonomy does not know, kept as typed (its id is the name's slug). */
  known: boolean;
  /** The level when the file states one (a JSON Resume skill's level, Postfit's own export); absent otherwise. */
  level?: SkillLevel;
}

export interface ProposedLanguage {
  name: string;
  level: LanguageLevel;
  source: string;
}

export interface ProposedCertification {
  name: string;
  source: string;
}

export interface ProposedDegree {
  value: 'bachelor' | 'master' | 'phd';
  source: string;
}

export interface ImportProposal {
  kind: ImportKind;
  skills: ProposedSkill[];
  degree: ProposedDegree | null;
  languages: ProposedLanguage[];
  certifications: ProposedCertification[];
}

/** The taxonomy and the clock as the readers need them; the popup passes lib/taxonomy/match's functions. */
export interface ImportLookups {
  /** Finds the skills a free text names (lib/taxonomy/match matchSkills). */
  match: Matcher;
  /** Resolves one typed name, canonical name first, then aliases (lib/taxonomy/match conceptByName). */
  byName: NameLookup;
  now: Date;
}

/** A reader's answer: a proposal, or one sentence the user can act on. Readers never throw on bad input. */
export type ImportResult = { ok: true; proposal: ImportProposal } | { ok: false; error: string };

/** One key per reviewable item, for the review step's tick boxes. */
export const itemKey = {
  skill: (s: Pick<ProposedSkill, 'id'>) => `skill:${s.id}`,
  degree: () => 'degree',
  language: (l: Pick<ProposedLanguage, 'name'>) => `language:${l.name.toLocaleLowerCase()}`,
  certification: (c: Pick<ProposedCertification, 'name'>) => `certification:${c.name.toLocaleLowerCase()}`,
};

/** Every item's key, in the order the review lists them. */
export function itemKeys(p: ImportProposal): string[] {
  return [
    ...p.skills.map(itemKey.skill),
    ...(p.degree ? [itemKey.degree()] : []),
    ...p.languages.map(itemKey.language),
    ...p.certifications.map(itemKey.certification),
  ];
}

/** Months since year 0 (year * 12 + month index), the unit of every date range the readers count. */
export type MonthIndex = number;

/** Total months covered by [from, to) intervals, overlaps counted once. */
export function coveredMonths(intervals: readonly (readonly [MonthIndex, MonthIndex])[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curFrom = -Infinity;
  let curTo = -Infinity;
  for (const [f, t] of sorted) {
    if (f > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      curFrom = f;
      curTo = t;
    } else curTo = Math.max(curTo, t);
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}

const MAX_YEARS = 60;

/** Months to profile years: the nearest half year, never below half a year, never above 60. */
export const roundYears = (months: number) => Math.min(MAX_YEARS, Math.max(0.5, Math.round(months / 6) / 2));

/** "2017–2025 at Acme" (or "2017–2025" with no place); a range ending this month or later reads "2017–now". */
export function spanLabel(from: MonthIndex, to: MonthIndex, place: string | null, now: Date): string {
  const nowMonth = now.getFullYear() * 12 + now.getMonth() + 1;
  const end = to >= nowMonth ? 'now' : String(Math.floor((to - 1) / 12));
  const range = `${Math.floor(from / 12)}–${end}`;
  const at = place?.replace(/\s+/g, ' ').trim();
  return at ? `${range} at ${at}` : range;
}
