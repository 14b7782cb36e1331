import { readFileSync, readdirSync } from 'node:fs';
import type { SkillMatch } from '../../lib/posting/types';

export { DEV } from '../parser/dev-set';
import { DEV, tunedIds } from '../parser/dev-set';
/** The dev postings the rules were written against (per-posting label checks hold for these; see tunedIds). */
export const devIds = () => readdirSync(`${DEV}/postings`).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).filter((id) => tunedIds().has(id)).sort();
export const posting = (id: string) => readFileSync(`${DEV}/postings/${id}.txt`, 'utf8');
export const label = (id: string) => JSON.parse(readFileSync(`${DEV}/labels/${id}.json`, 'utf8')) as { title: string | null; company: string | null };

/** Fake skill matches: each name located in order in the text. */
export function matchesOf(text: string, names: string[]): SkillMatch[] {
  let pos = 0;
  return names.map((n) => {
    const start = text.indexOf(n, pos);
    if (start < 0) throw new Error(`${n} not in ${text}`);
    pos = start + n.length;
    return { id: n, name: n, start, end: start + n.length, surface: n };
  });
}
