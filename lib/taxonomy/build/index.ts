/**
 * Builds lib/taxonomy/taxonomy.json, the skills taxonomy the matcher loads.
 *
 * Regenerate:  npm run taxonomy          (= tsx lib/taxonomy/build/index.ts)
 * Input:       the hand-written vocabulary in lib/taxonomy/curated/*.ts (the core: canonical names,
 *              phrase aliases in en/de/fr/es/nl/pt, ambiguity flags, parents) and the open data staged in
 *              ../shared/data/taxonomy (override with POSTFIT_TAXONOMY_DATA=/path): ESCO, O*NET Technology
 *              Skills and Tools Used, GitHub Linguist, github/explore topics, devicon. See SOURCES.md there.
 * Output:      one compact JSON (concept tuples, see ../types.ts). Warnings (alias collisions, unknown
 *              parents) are printed; fix them in the curated files. Credits: ../credits.ts, ATTRIBUTION.md.
 * To add vocabulary, edit the curated files (format in ./curated.ts) and rerun; never edit the JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { curatedSources } from '../curated';
import { parseCurated } from './curated';
import { commonWords } from './commonWords';
import { readEsco } from './esco';
import { readOnetTech, readOnetTools } from './onet';
import { readLinguist } from './linguist';
import { readExplore } from './explore';
import { readDevicon } from './devicon';
import { Store } from './merge';
import type { TaxonomyFile } from '../types';

const common = commonWords();
const store = new Store(common);
for (const [category, text] of curatedSources) for (const c of parseCurated(text, category)) store.add(c);
const curatedCount = store.nodes.length;

const steps: [string, () => ReturnType<typeof readEsco>][] = [
  ['linguist', () => readLinguist(common)],
  ['explore', () => readExplore(common)],
  ['devicon', () => readDevicon(common)],
  ['onet-tech', () => readOnetTech(common)],
  ['esco', () => readEsco(common)],
  ['onet-tools', () => readOnetTools()],
];
for (const [label, read] of steps) {
  const before = store.nodes.length;
  for (const c of read()) store.add(c);
  console.log(`${label}: +${store.nodes.length - before} concepts`);
}
store.resolveParents();

const categories = [...new Set(store.nodes.map((n) => n.category))];
const file: TaxonomyFile = {
  version: 1,
  categories,
  concepts: store.nodes.map((n) => [n.id, n.name, categories.indexOf(n.category), n.parents, [...n.aliases.values()], n.soft ? 1 : 0]),
};
const json = JSON.stringify(file);
// POSTFIT_TAXONOMY_OUT lets a test rebuild elsewhere and check that the committed file is up to date.
const out = process.env.POSTFIT_TAXONOMY_OUT ?? join(import.meta.dirname, '..', 'taxonomy.json');
writeFileSync(out, json);
const aliasCount = store.nodes.reduce((s, n) => s + n.aliases.size, 0);
for (const w of store.warnings) console.warn('warning:', w);
console.log(`${store.nodes.length} concepts (${curatedCount} curated), ${aliasCount} aliases, ${(json.length / 1024).toFixed(0)} KB → ${out}`);
