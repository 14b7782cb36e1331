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

/** The labelled dev postings (text files with a label of the same stem). */
export function devPostings(): Labelled[] {
  return readdirSync(join(DEV, 'postings'))
    .filter((f) => f.endsWith('.txt'))
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
