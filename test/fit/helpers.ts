import type { PostingRecord } from '../../lib/schemas';
import type { FitProfileFacts } from '../../lib/fit/dealbreakers';
import type { ProfileSkill } from '../../lib/fit/items';
import type { SkillGraph } from '../../lib/fit/types';

// A small graph shaped like the real taxonomy: GKE under Kubernetes and GCP, PostgreSQL under SQL.
const PARENTS: Record<string, string[]> = {
  gke: ['kubernetes', 'gcp'],
  eks: ['kubernetes', 'aws'],
  postgresql: ['sql', 'relational-databases'],
  sql: ['relational-databases'],
  react: ['javascript'],
};
const SOFT = new Set(['communication', 'teamwork']);
const CATEGORY: Record<string, string> = {
  python: 'languages', go: 'languages', java: 'languages', rust: 'languages', sql: 'languages', react: 'frameworks',
  postgresql: 'data', 'relational-databases': 'data', kubernetes: 'devops', gke: 'cloud', eks: 'cloud', aws: 'cloud', gcp: 'cloud',
  nursing: 'healthcare', 'patient-care': 'healthcare', triage: 'healthcare', bookkeeping: 'finance', 'b2b-sales': 'business', sales: 'business',
};

export const graph: SkillGraph = {
  ancestors(id) {
    const out: string[] = [];
    const walk = (x: string) => {
      for (const p of PARENTS[x] ?? []) {
        if (out.includes(p)) continue;
        out.push(p);
        walk(p);
      }
    };
    walk(id);
    return out;
  },
  isSoft: (id) => SOFT.has(id),
  name: (id) => id,
};

/** The same graph with categories and a title matcher (words that are ids), for field and title rules. */
export const fieldGraph: SkillGraph = {
  ...graph,
  category: (id) => CATEGORY[id],
  skillsIn: (text) => text.toLowerCase().split(/[^a-z-]+/).filter((w) => w in CATEGORY),
};

export function posting(p: Partial<PostingRecord> & { req?: string[]; pref?: string[] }): PostingRecord {
  const required = p.req ?? [];
  const preferred = p.pref ?? [];
  return {
    title: 'T', company: 'C', required, preferred, minYears: null, degree: null, certifications: [], languages: [],
    remote: null, salary: null, requiredIds: required, preferredIds: preferred, alternatives: [],
    evidence: [...required, ...preferred].map((item) => ({ item, sentence: `We need ${item}.`, bucket: required.includes(item) ? 'required' as const : 'preferred' as const })),
    visaSponsorship: 'not_said', securityClearance: null, workAuthorization: null, url: null,
    ...p,
  };
}

export const skill = (id: string, years: number | null = 3, level: ProfileSkill['level'] = 'working'): ProfileSkill => ({ id, name: id, years, level });

export function profile(skills: ProfileSkill[], more: Partial<FitProfileFacts> = {}): FitProfileFacts {
  return {
    skills, degree: null, languages: [], certifications: [],
    preferences: { remoteOnly: false, minSalary: null }, ...more,
  };
}
