// Version 1 of the database, frozen as it shipped. Do not edit: installed extensions may still hold
// data in this shape, and the upgrade to v2 (./v2.ts) and its tests start from these definitions.
import type { PostingRecord } from '../../schemas';

export const V1 = 1;

/** Dexie store declarations of v1: primary key first, then indexes. `&url` is unique: one posting per url. */
export const V1_STORES = {
  profile: '', // out-of-line key: a single record under 'me'
  postings: 'id, &url, savedAt, company',
  settings: 'key',
} as const;

/** v1 kept only what the first profile form asked for: a skill name and years. */
export interface V1Skill {
  name: string;
  years: number | null;
}

export interface V1Profile {
  skills: V1Skill[];
  degree: 'none' | 'bachelor' | 'master' | 'phd' | null;
  languages: { name: string; level: 'basic' | 'conversational' | 'fluent' | 'native' }[];
  certifications: string[];
  preferences: {
    remoteOnly: boolean;
    minSalary: { amount: number; currency: string; period: 'year' | 'month' | 'hour' } | null;
    titles: string[];
  };
  updatedAt: number;
}

/** v1 had no application tracking (status) and no fit-formula versioning. */
export interface V1Posting {
  id: string;
  url: string;
  board: string;
  title: string | null;
  company: string | null;
  savedAt: number;
  note: string;
  record: PostingRecord;
  text: string;
  score: number | null;
}

export interface V1Setting {
  key: string;
  value: unknown;
}
