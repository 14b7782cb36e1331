import type { PostingRecord, Salary } from '../schemas';
import type { Dealbreaker } from './types';
import type { ProfileSkill } from './items';

export interface FitPreferences {
  remoteOnly: boolean;
  minSalary: { amount: number; currency: string; period: 'year' | 'month' | 'hour' } | null;
}

export interface FitProfileFacts {
  skills: ProfileSkill[];
  degree: 'none' | 'bachelor' | 'master' | 'phd' | null;
  languages: Array<{ name: string; level: string }>;
  certifications: string[];
  preferences: FitPreferences;
}

const DEGREE_RANK = { none: 0, bachelor: 1, master: 2, phd: 3 } as const;
// A full-time year: 52 weeks of 40 hours, the usual convention for comparing hourly and yearly pay.
const PER_YEAR = { year: 1, month: 12, hour: 2080 } as const;
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9+#]+/).filter((w) => w.length > 1);

function holdsCertification(asked: string, held: string[]): boolean {
  const want = words(asked);
  return held.some((h) => {
    const have = new Set(words(h));
    return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= 0.6;
  });
}

/**
 * The candidate's years for this posting: the most on a profile skill related to what it asks. Skills without
 * years (soft skills, usually) do not count; with none left the years are unknown and only noted. Unrelated
 * skills never count, so adding one cannot change the verdict.
 */
function relevantYears(related: ProfileSkill[]): number | null {
  const years = related.map((s) => s.years).filter((y): y is number => y != null);
  return years.length ? Math.max(...years) : null;
}

function salaryBelow(salary: Salary, pref: NonNullable<FitPreferences['minSalary']>): boolean {
  return salary.max * PER_YEAR[salary.period] < pref.amount * PER_YEAR[pref.period];
}

export function findDealbreakers(posting: PostingRecord, profile: FitProfileFacts, related: ProfileSkill[]) {
  const out: Dealbreaker[] = [];
  const notes: string[] = [];
  const years = relevantYears(related);
  if (posting.minYears != null && posting.minYears > 0) {
    if (years == null) notes.push(`Asks for ${posting.minYears}+ years; add years to your skills to check this.`);
    else if (years < posting.minYears)
      out.push({ kind: 'years', message: `Asks for ${posting.minYears}+ years of experience; your profile shows ${years}.` });
  }
  if (posting.degree) {
    if (profile.degree == null) notes.push(`Asks for a ${posting.degree} degree; add your degree to check this.`);
    else if (DEGREE_RANK[profile.degree] < DEGREE_RANK[posting.degree])
      out.push({ kind: 'degree', message: `Asks for a ${posting.degree} degree.` });
  }
  const spoken = new Set(profile.languages.map((l) => l.name.toLowerCase()));
  for (const lang of posting.languages)
    if (!spoken.has(lang.toLowerCase())) out.push({ kind: 'language', message: `Asks for ${lang}, which your profile does not list.` });
  // Postings often list alternatives (CKA / CKAD / CKS): holding any one of them is enough not to be ruled out.
  if (posting.certifications.length && !posting.certifications.some((c) => holdsCertification(c, profile.certifications)))
    out.push({ kind: 'certification', message: `Asks for ${posting.certifications.join(', ')}, which your profile does not list.` });
  if (profile.preferences.remoteOnly && posting.remote === false)
    out.push({ kind: 'remote', message: 'Not remote: on-site or hybrid, and you want remote only.' });
  const pref = profile.preferences.minSalary;
  if (pref && posting.salary) {
    if (pref.currency !== posting.salary.currency) notes.push(`Pays in ${posting.salary.currency}; your minimum is in ${pref.currency}.`);
    else if (salaryBelow(posting.salary, pref)) out.push({ kind: 'salary', message: 'Pays less than your minimum salary.' });
  }
  return { dealbreakers: out, notes };
}
