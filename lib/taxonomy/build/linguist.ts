// GitHub Linguist: programming languages with their aliases. Names that are ordinary words ("Red", "Ring")
// or 1–2 letters are left to the curated data, which guards them with context rules.
import { parse } from 'yaml';
import { readText, words } from './util';
import type { RawConcept } from './types';

interface Lang { type?: string; aliases?: string[]; group?: string }

export function readLinguist(common: Set<string>): RawConcept[] {
  const langs = parse(readText('linguist/languages.yml')) as Record<string, Lang>;
  const out: RawConcept[] = [];
  for (const [name, l] of Object.entries(langs)) {
    // Data, markup and prose formats and grouped dialects: look-up labels only.
    if (l.type !== 'programming' || l.group) {
      out.push({ name, category: 'languages', aliases: [], lookup: [name, ...(l.aliases ?? [])], source: 'linguist' });
      continue;
    }
    const w = words(name);
    const risky = (s: string) => { const x = words(s); return x.length === 1 && (common.has(x[0]!) || x[0]!.length <= 2); };
    const aliases = [name, ...(l.aliases ?? [])].map((a) => a.toLowerCase()).filter((a) => !risky(a));
    if (!aliases.length || (w.length === 1 && risky(name))) {
      out.push({ name, category: 'languages', aliases, source: 'linguist', mergeOnly: true, keys: [name] });
      continue;
    }
    out.push({ name, category: 'languages', aliases, source: 'linguist' });
  }
  return out;
}
