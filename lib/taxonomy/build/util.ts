// Small helpers shared by the source readers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normKey } from '../normalize';

export const DATA_DIR = process.env.POSTFIT_TAXONOMY_DATA ?? join(import.meta.dirname, '../../../../shared/data/taxonomy');

export function readCsv(rel: string, delimiter = ','): Record<string, string>[] {
  const text = readFileSync(join(DATA_DIR, rel), 'utf8').replace(/^\uFEFF/, '');
  return parse(text, { columns: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as Record<string, string>[];
}

export function readText(rel: string): string {
  return readFileSync(join(DATA_DIR, rel), 'utf8');
}

/** Stable slug id: "C++" → "cpp", "C#" → "csharp", ".NET" → "dotnet", "Node.js" → "node-js". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/^\./, 'dot')
    .replace(/\+/g, 'plus')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const SMALL = new Set(['and', 'of', 'for', 'in', 'the', 'to', 'on', 'with', 'a', 'an', 'or', 'as', 'at', 'by']);

/** "financial accounting" → "Financial Accounting"; labels with capitals are kept as written. */
export function titleCase(label: string): string {
  if (/[A-Z]/.test(label)) return label.charAt(0).toUpperCase() + label.slice(1);
  return label
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export const words = (s: string) => normKey(s).split(' ').filter(Boolean);

/** Acronym check: "AWS" for "Amazon Web Services". */
export function isInitials(acronym: string, phraseWords: string[]): boolean {
  const a = acronym.toLowerCase();
  if (a.length < 2 || a.length > phraseWords.length) return false;
  return phraseWords.slice(-a.length).map((w) => w[0]).join('') === a;
}
