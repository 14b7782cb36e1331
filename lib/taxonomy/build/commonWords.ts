// Ordinary-language words, used to keep open-data aliases such as "Red", "Ring", "Access" from matching prose.
// Data-driven: a word that ESCO's English skill descriptions use in lower case at least 3 times is ordinary.
import { readCsv } from './util';

const EXTRA = `go make do run set get use build test plan lead ship spring summer fall winter access excel express rust
ruby swift shell chef puppet dart less julia crystal ember backbone meteor mercury node react solid stylus pony io self
clean red ring pike boo nit cool slash hack jade pug twig ant rake gulp grunt mocha karma jasmine hive pig spark flask
bottle pyramid falcon tornado storm beam druid mode hex notion box slack zoom teams word outlook project office sage
oracle delta iceberg unity maya nuke sketch linear cursor copilot gemini pandas keras numpy
parser logger monkey emoji utilities travis
https http www com etc click none just love fast promise posting chat app apps fields calm awesome flex riot google`;

let cache: Set<string> | null = null;

export function commonWords(): Set<string> {
  if (cache) return cache;
  const counts = new Map<string, number>();
  for (const r of readCsv('esco/v1.1.1_en/skills_en.csv')) {
    for (const w of `${r.description ?? ''} ${r.preferredLabel ?? ''} ${r.altLabels ?? ''}`.split(/[^A-Za-z]+/)) {
      if (w.length < 2 || w !== w.toLowerCase()) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  cache = new Set(EXTRA.split(/\s+/));
  for (const [w, n] of counts) if (n >= 2) cache.add(w);
  return cache;
}
