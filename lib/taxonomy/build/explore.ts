// github/explore topics: display names and aliases of well-known technologies.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DATA_DIR, readText, words } from './util';
import type { RawConcept } from './types';

export function readExplore(common: Set<string>): RawConcept[] {
  const dir = join(DATA_DIR, 'github-explore/topics');
  const out: RawConcept[] = [];
  for (const topic of readdirSync(dir)) {
    const file = join(dir, topic, 'index.md');
    if (!existsSync(file)) continue;
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readText(join('github-explore/topics', topic, 'index.md')));
    if (!m) continue;
    let fm: Record<string, unknown>;
    try {
      fm = parse(m[1] ?? '') as Record<string, unknown>;
    } catch {
      continue;
    }
    const name = String(fm.display_name ?? fm.topic ?? topic).trim();
    const raw = [name, String(fm.topic ?? topic).replace(/-/g, ' '), ...String(fm.aliases ?? '').split(',')];
    const risky = (s: string) => { const x = words(s); return !x.length || (x.length === 1 && (common.has(x[0]!) || x[0]!.length <= 2)) || /^\d/.test(s); };
    const aliases = [...new Set(raw.map((a) => a.trim().toLowerCase()).filter((a) => a && !risky(a)))];
    const generic = name === name.toLowerCase() || risky(name);
    out.push({ name, category: 'technology', aliases, source: 'explore', mergeOnly: generic || !aliases.length, keys: [name] });
  }
  return out;
}
