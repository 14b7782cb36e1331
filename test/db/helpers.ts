// Shared test fixtures: an isolated fake IndexedDB per test, and realistic records.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { openPostfitDb, type OpenOptions, type PostfitDb } from '../../lib/db/database';
import { savePosting, updatePosting, type NewPosting } from '../../lib/db/postings';
import { saveProfile, setSetting } from '../../lib/db/repo';
import { exportAll } from '../../lib/db/backup';
import type { PostingRecord } from '../../lib/schemas';
import type { Profile } from '../../lib/profile/schema';
import { V1, V1_STORES, type V1Posting, type V1Profile } from '../../lib/db/versions/v1';

/** A fresh, empty IndexedDB implementation: tests cannot see each other's databases. */
export function freshIdb(): IDBFactory {
  return new IDBFactory();
}

export function openTestDb(idb = freshIdb(), options?: OpenOptions): Promise<PostfitDb> {
  return openPostfitDb('postfit-test', idb, IDBKeyRange, options);
}

/** The database as v1 code declared it, to fill an "old install" before upgrading. */
export function openV1(idb: IDBFactory): Dexie {
  const db = new Dexie('postfit-test', { indexedDB: idb, IDBKeyRange });
  db.version(V1).stores(V1_STORES);
  return db;
}

export function postingRecord(i: number): PostingRecord {
  return {
    title: `Engineer ${i}`,
    company: `Company ${i % 97}`,
    required: ['TypeScript', 'PostgreSQL'],
    preferred: ['Kubernetes'],
    minYears: i % 8,
    degree: i % 3 === 0 ? 'bachelor' : null,
    certifications: [],
    languages: ['English'],
    remote: i % 2 === 0,
    salary: i % 5 === 0 ? { min: 50000 + i, max: 90000 + i, currency: 'EUR', period: 'year' } : null,
    requiredIds: ['typescript', 'postgresql'],
    preferredIds: ['kubernetes'],
    alternatives: [],
    evidence: [{ item: 'TypeScript', sentence: `You know TypeScript (${i}).`, bucket: 'required' }],
    visaSponsorship: 'not_said',
    securityClearance: null,
    workAuthorization: null,
    url: `https://jobs.example.com/p/${i}`,
  };
}

export function newPosting(i: number, over: Partial<NewPosting> = {}): NewPosting {
  return {
    url: `https://jobs.example.com/p/${i}`,
    board: 'example',
    title: `Engineer ${i}`,
    company: `Company ${i % 97}`,
    record: postingRecord(i),
    text: `Posting ${i}\nWe need TypeScript and PostgreSQL. ü ñ 漢字`,
    score: i % 4 === 0 ? null : (i * 7) % 100,
    formulaVersion: i % 4 === 0 ? null : 'fit-1',
    ...over,
  };
}

export function v1Posting(i: number): V1Posting {
  return {
    id: `id-${i}`,
    url: `https://jobs.example.com/p/${i}`,
    board: i % 2 ? 'greenhouse' : 'lever',
    title: i % 50 === 0 ? null : `Engineer ${i}`,
    company: i % 60 === 0 ? null : `Company ${i % 97}`,
    savedAt: 1_700_000_000_000 + i * 1000,
    note: i % 3 === 0 ? `note ${i}` : '',
    record: postingRecord(i),
    text: `Posting ${i} text`,
    score: i % 4 === 0 ? null : i % 100,
  };
}

export function v1Profile(): V1Profile {
  return {
    skills: [
      { name: 'TypeScript', years: 5 },
      { name: 'C++', years: 2 },
      { name: 'C#', years: null },
      { name: 'C', years: 1 },
      { name: 'typescript', years: 7 }, // same skill typed twice in v1: merged, higher years kept
      { name: '  ', years: 3 }, // empty row v1's form allowed: dropped
      { name: 'Go', years: 99 }, // out of range in v1 data: clamped to 60
    ],
    degree: 'master',
    languages: [{ name: 'English', level: 'fluent' }],
    certifications: ['CKA'],
    preferences: { remoteOnly: true, minSalary: { amount: 60000, currency: 'EUR', period: 'year' }, titles: ['Backend Engineer'] },
    updatedAt: 1_690_000_000_000,
  };
}

export function sampleProfile(over: Partial<Profile> = {}): Profile {
  return {
    skills: [
      { id: 'typescript', name: 'TypeScript', years: 5, level: 'expert' },
      { id: 'postgresql', name: 'PostgreSQL', years: 3, level: 'working' },
    ],
    degree: 'bachelor',
    languages: [{ name: 'English', level: 'fluent' }],
    certifications: ['CKA'],
    preferences: {
      remoteOnly: false,
      minSalary: { amount: 70000, currency: 'EUR', period: 'year' },
      titles: ['Engineer'],
      needsSponsorship: true,
      authorizedIn: ['EU'],
    },
    updatedAt: 1,
    ...over,
  };
}

/** A database with a profile, `n` postings in various states and two settings. */
export async function filled(n = 300): Promise<PostfitDb> {
  const d = await openTestDb();
  await saveProfile(d, sampleProfile(), 42);
  for (let i = 0; i < n; i++) {
    const { posting } = await savePosting(d, newPosting(i), 1000 + i);
    if (i % 7 === 0) await updatePosting(d, posting.id, { status: 'rejected', note: `n${i}` });
  }
  await setSetting(d, 'dismissedSites', ['a.com', 'b.org']);
  await setSetting(d, 'onboardingDone', true);
  return d;
}


/** Everything stored, with a fixed exportedAt so that two snapshots of one state are deep-equal. */
export const snapshot = (d: PostfitDb) => exportAll(d, 0);
