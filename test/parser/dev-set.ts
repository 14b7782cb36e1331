import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const DEV = join(SHARED, 'dev');

export interface Labelled {
  id: string;
  text: string;
  label: {
    title: string | null;
    company: string | null;
    required: string[];
    preferred: string[];
    minYears: number | null;
    degree: string | null;
    certifications: string[];
    languages: string[];
    remote: boolean | null;
    salary: { min: number; max: number; currency: string; period: string } | null;
  };
}

/** Ids of the dev postings the parser's rules were written against: those SOURCES.md lists before its first
 * "## Added" part. Per-posting checks against labels hold for them; postings added later are measured as a set
 * (aggregate floors here, targets in `npm run eval`), since a rule must not be written for one of them. */
export function tunedIds(): Set<string> {
  const sources = readFileSync(join(DEV, 'SOURCES.md'), 'utf8');
  const before = sources.split(/^## Added/m)[0]!;
  return new Set([...before.matchAll(/^(?:html\/[\w-]+\.html \+ )?postings\/([\w-]+)\.txt/gm)].map((m) => m[1]!));
}

/** The labelled dev postings (text files with a label of the same stem); `tuned` keeps those of tunedIds(). */
export function devPostings(opts: { tuned?: boolean } = {}): Labelled[] {
  const tuned = opts.tuned ? tunedIds() : null;
  return readdirSync(join(DEV, 'postings'))
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !tuned || tuned.has(f.replace(/\.txt$/, '')))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      return {
        id,
        text: readFileSync(join(DEV, 'postings', f), 'utf8'),
        label: JSON.parse(readFileSync(join(DEV, 'labels', `${id}.json`), 'utf8')),
      };
    });
}
