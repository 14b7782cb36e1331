// Ordinary-language words, used to keep open-data aliases such as "Red", "Ring", "Access" from matching prose.
// Data-driven: a word that ESCO's English skill labels and descriptions use in lower case at least twice is ordinary.
import { readCsv } from './util';

const EXTRA = `go make do run set get use build test plan lead ship spring summer fall winter access excel express rust
ruby swift shell chef puppet dart less julia crystal ember backbone meteor mercury node react solid stylus pony io self
clean red ring pike boo nit cool slash hack jade pug twig ant rake gulp grunt mocha karma jasmine hive pig spark flask
bottle pyramid falcon tornado storm beam druid mode hex notion box slack zoom teams word outlook project office sage
oracle delta iceberg unity maya nuke sketch linear cursor copilot gemini pandas keras numpy
parser logger monkey emoji utilities travis
https http www com etc click none just love fast promise posting chat app apps fields calm awesome flex riot google
multitask encompass webinar latitude compris`;

/** How often each word that `key` keeps (as what it returns) occurs in the labels and descriptions of these ESCO files. */
function wordCounts(files: string[], split: RegExp, key: (w: string) => string | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of files) {
    for (const r of readCsv(f)) {
      for (const w of `${r.description ?? ''} ${r.preferredLabel ?? ''} ${r.altLabels ?? ''}`.split(split)) {
        const k = w.length < 2 ? null : key(w);
        if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** How often each lower-case word occurs in the labels and descriptions of these ESCO files. */
const lowerWordCounts = (files: string[], split: RegExp) => wordCounts(files, split, (w) => (w === w.toLowerCase() ? w : null));

let english: Map<string, number> | null = null;
const englishCounts = () => (english ??= lowerWordCounts(['esco/v1.1.1_en/skills_en.csv'], /[^A-Za-z]+/));

let cache: Set<string> | null = null;

export function commonWords(): Set<string> {
  if (cache) return cache;
  cache = new Set(EXTRA.split(/\s+/));
  for (const [w, n] of englishCounts()) if (n >= 2) cache.add(w);
  return cache;
}

// ESCO's labels in French, Spanish and German: where ordinary words of those languages are counted.
const escoForeignFiles = [
  'esco/api-2026_fr_labels/skills_fr.csv',
  ...['es', 'fr'].map((l) => `esco/v1.0.x_es_fr/skills_${l}.csv`),
  ...['digital', 'green', 'language', 'research', 'transversal'].map((c) => `esco/v1.2.x_de_collections/${c}SkillsCollection_de.csv`),
];

let foreign: Set<string> | null = null;
let nouns: Set<string> | null = null;

/**
 * Ordinary French, Spanish and German words: a word ESCO's labels in those languages use in lower case at least 3
 * times ("esprit", "rapide", "reconnaissance") and its English text never does ("antivirus" is a skill in both). An
 * open-data product spelt as one ("ESPRIT", "Rapide") must not be read from a French or Spanish sentence without a
 * skill context. Accents are kept: keys are normKey()s, which keep them.
 */
export function foreignCommonWords(): Set<string> {
  if (foreign) return foreign;
  const en = englishCounts();
  foreign = new Set([...lowerWordCounts(escoForeignFiles, /[^\p{L}]+/u)].filter(([w, n]) => n >= 3 && !en.has(w)).map(([w]) => w));
  return foreign;
}

/**
 * Ordinary German nouns, which German writes with a capital ("Haben Sie Zeit", not ZEIT): a capitalised word that
 * ESCO's German labels use at least 3 times and its English text never does, in any case. For names from product
 * lists only: in ESCO's own German labels such a word is the skill ("Cybersicherheit").
 */
export function germanCommonNouns(): Set<string> {
  if (nouns) return nouns;
  const enAny = wordCounts(['esco/v1.1.1_en/skills_en.csv'], /[^A-Za-z]+/, (w) => w.toLowerCase());
  const de = escoForeignFiles.filter((f) => f.endsWith('_de.csv'));
  const counts = wordCounts(de, /[^\p{L}]+/u, (w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : null));
  nouns = new Set([...counts].filter(([w, n]) => n >= 3 && !enAny.has(w)).map(([w]) => w));
  return nouns;
}
