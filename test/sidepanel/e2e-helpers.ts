// Helpers for the side panel's browser tests and benchmark: seeding the extension's IndexedDB from one of its
// pages (raw IndexedDB, same database the extension opens with Dexie), and the fit command line's answer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { FitReport } from '../../lib/fit/types';
import type { Profile } from '../../lib/profile/schema';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE = join(ROOT, 'test/fixtures/pages/remotewlb/rackspace-sr-ml-engineer-gcp.html');
export const FIXTURE_URL = 'https://www.remotewlb.com/apply/sr-machine-learning-engineer-gcp';

/** A profile that meets some of the fixture's requirements and misses others. */
export function testProfile(extra: Profile['skills'] = []): Profile {
  return {
    skills: [
      { id: 'python', name: 'Python', years: 6, level: 'expert' },
      { id: 'machine-learning', name: 'Machine Learning', years: 4, level: 'working' },
      { id: 'docker', name: 'Docker', years: 3, level: 'working' },
      { id: 'google-cloud-platform', name: 'Google Cloud Platform', years: 4, level: 'working' },
      { id: 'kubernetes', name: 'Kubernetes', years: 2, level: 'learning' },
      ...extra,
    ],
    degree: 'master',
    languages: [{ name: 'English', level: 'fluent' }],
    certifications: [],
    preferences: { remoteOnly: false, minSalary: null, titles: [], needsSponsorship: false, authorizedIn: [] },
    updatedAt: 1,
  };
}

/** `npm run fit -- --json --profile <file> --url <url> <fixture>`: the report the panel must agree with. */
export function cliFit(profile: Profile, file = FIXTURE, url = FIXTURE_URL): { title: string | null; report: FitReport } {
  const dir = mkdtempSync(join(tmpdir(), 'postfit-profile-'));
  const path = join(dir, 'profile.json');
  writeFileSync(path, JSON.stringify(profile));
  const r = spawnSync('npm', ['run', '-s', 'fit', '--', '--json', '--profile', path, '--url', url, file], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fit failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** Writes rows into the extension's database from one of its pages (the page must have opened it). A page
 * that is open sees the change after a reload (Dexie's live queries do not watch raw IndexedDB writes). */
export async function putRecords(page: Page, store: 'profile' | 'postings', rows: unknown[], key?: string): Promise<void> {
  await page.evaluate(
    async ({ store, rows, key }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('postfit');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(store, 'readwrite');
        const s = tx.objectStore(store);
        for (const row of rows) {
          if (key) s.put(row, key);
          else s.put(row);
        }
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, rows, key },
  );
}

const SKILLS = [
  ['Python', 'python'], ['Go', 'go'], ['Terraform', 'terraform'], ['Rust', 'rust'], ['Scala', 'scala'], ['Docker', 'docker'],
  ['Kubernetes', 'kubernetes'], ['PostgreSQL', 'postgresql'], ['TypeScript', 'typescript'], ['Java', 'java'], ['React', 'react'],
  ['Apache Kafka', 'apache-kafka'], ['Machine Learning', 'machine-learning'], ['Amazon Web Services', 'amazon-web-services'],
] as const;
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Vandelay', 'Soylent', 'Cyberdyne'];
const TITLES = ['Backend Engineer', 'Platform Engineer', 'Data Engineer', 'ML Engineer', 'SRE', 'Frontend Developer', 'Staff Engineer'];

/** A saved posting as the database stores it; `required` picks skills by name from a small list. */
export function syntheticPosting(i: number, over: { required?: string[]; title?: string; company?: string; text?: string } = {}) {
  const pick = (n: number) => SKILLS[(i * 7 + n * 3) % SKILLS.length]!;
  const required = over.required
    ? over.required.map((name) => SKILLS.find(([n]) => n === name) ?? [name, name.toLowerCase()])
    : [pick(0), pick(1), pick(2), pick(3)];
  const title = over.title ?? `${TITLES[i % TITLES.length]} ${i}`;
  const company = over.company ?? `${COMPANIES[i % COMPANIES.length]} ${i % 50}`;
  const url = `https://jobs.example.com/p/${i}`;
  return {
    id: `seed-${i}`,
    url,
    board: i % 2 ? 'greenhouse' : 'lever',
    title,
    company,
    savedAt: 1_750_000_000_000 - i * 60_000,
    status: (['saved', 'applied', 'interviewing', 'offer', 'rejected', 'ghosted'] as const)[i % 6],
    note: i % 5 === 0 ? `note ${i}` : '',
    record: {
      title, company,
      required: required.map(([n]) => n), preferred: [],
      minYears: null, degree: null, certifications: [], languages: [], remote: null, salary: null,
      requiredIds: required.map(([, id]) => id), preferredIds: [], alternatives: [],
      evidence: required.map(([n]) => ({ item: n, sentence: `You know ${n}.`, bucket: 'required' as const })),
      visaSponsorship: 'not_said' as const, securityClearance: null, workAuthorization: null, url,
    },
    text: over.text ?? `${title} at ${company}\n\nRequirements\n${required.map(([n]) => `- You know ${n}.`).join('\n')}\n`,
    score: null,
    formulaVersion: null,
  };
}
