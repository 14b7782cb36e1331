/**
 * Builds public/taxonomy/core.json and extra-N.json, the skills taxonomy the matcher loads (see ../load.ts).
 *
 * Regenerate:  npm run taxonomy          (= tsx lib/taxonomy/build/index.ts)
 * Input:       the hand-written vocabulary in lib/taxonomy/curated/*.ts (the core: canonical names,
 *              phrase aliases in en/de/fr/es/nl/pt, ambiguity flags, parents) and the open data staged in
 *              ../shared/data/taxonomy (override with POSTFIT_TAXONOMY_DATA=/path): ESCO, O*NET Technology
 *              Skills and Tools Used, GitHub Linguist, github/explore topics, devicon. See SOURCES.md there.
 * Output:      two compact JSON files (see ../types.ts): core.json (every concept, its matchable aliases, parents
 *              and open-data broader links), loaded before the first parse; extra-N.json (look-up-only concepts and
 *              labels), loaded only for look-ups. Shipped as extension assets (public/). Warnings (alias collisions, unknown
 *              parents) are printed; fix them in the curated files. Credits: ../credits.ts, ATTRIBUTION.md.
 * To add vocabulary, edit the curated files (format in ./curated.ts) and rerun; never edit the JSON.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { curatedSources } from '../curated';
import { parseCurated } from './curated';
import { commonWords, foreignCommonWords, germanCommonNouns } from './commonWords';
import { readEsco } from './esco';
import { readOnetTech, readOnetTools } from './onet';
import { readLinguist } from './linguist';
import { readExplore } from './explore';
import { readDevicon } from './devicon';
import { Store } from './merge';
import { encodeTaxonomy } from './encode';
import { TAXONOMY_FILES } from '../files';
import type { RawConcept } from './types';

const common = commonWords();
const store = new Store(common, foreignCommonWords(), germanCommonNouns());
for (const [category, text] of curatedSources) for (const c of parseCurated(text, category)) store.add(c);
const curatedCount = store.nodes.length;

const steps: [string, () => RawConcept[]][] = [
  ['linguist', () => readLinguist(common)],
  ['explore', () => readExplore(common)],
  ['devicon', () => readDevicon(common)],
  ['onet-tech', () => readOnetTech(common)],
  ['esco', () => readEsco(common)],
  ['onet-tools', () => readOnetTools()],
];
// Pass 1 in the sources' order, so the ids of matchable concepts do not depend on the look-up-only data; pass 2
// places everything else.
const rest: RawConcept[] = [];
for (const [label, read] of steps) {
  const before = store.nodes.length;
  for (const c of read()) if (!(c.aliases.length && !c.group && store.add(c))) rest.push(c);
  console.log(`${label}: +${store.nodes.length - before} matchable concepts`);
}
const pass1 = store.nodes.length;
for (const c of rest) store.addLookupOnly(c);
console.log(`look-up only: +${store.nodes.length - pass1} concepts`);
store.resolveParents();
store.resolveBroader();

const out = process.env.POSTFIT_TAXONOMY_OUT ?? join(import.meta.dirname, '../../../public/taxonomy');
const files = encodeTaxonomy(store.nodes, pass1);
mkdirSync(out, { recursive: true });
// Every file of an earlier build goes first: a stale part (or an uncompressed one) must not be packaged.
for (const f of readdirSync(out)) if (/^(core|extra(-\d+)?)\.json(\.gz)?$/.test(f)) rmSync(join(out, f));
const gz = (text: string) => gzipSync(text, { level: 9 });
writeFileSync(join(out, TAXONOMY_FILES.core), gz(files.core));
files.extra.forEach((text, i) => writeFileSync(join(out, TAXONOMY_FILES.extra(i + 1)), gz(text)));
const aliasCount = store.nodes.reduce((s, n) => s + n.aliases.size, 0);
const lookupCount = store.nodes.reduce((s, n) => s + n.lookup.size, 0);
for (const w of store.warnings) console.warn('warning:', w);
console.log(
  `${store.nodes.length} concepts (${curatedCount} curated, ${store.nodes.filter((n) => n.aliases.size).length} matchable, ${files.coreCount} in core), ` +
    `${aliasCount} matchable aliases, ${lookupCount} look-up labels; ` +
    `uncompressed: ${TAXONOMY_FILES.core} ${(files.core.length / 1024).toFixed(0)} KB, ${files.extra.length} extra parts ${files.extra.map((t) => (t.length / 1024).toFixed(0)).join(' + ')} KB → ${out}`,
);
