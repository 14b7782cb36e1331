// ESCO reader: knowledge-type concepts with short noun labels, plus their de/fr/es labels.
// Verb-phrase skills ("manage musical staff"), long labels and the language collection are dropped;
// noisy altLabels are kept only when they are mere spelling/plural variants or initials of the label.
import { readCsv, titleCase, words, isInitials } from './util';
import type { RawConcept } from './types';

const BAD_WORDS = new Set(['types', 'type', 'principles', 'methods', 'techniques', 'theory', 'characteristics',
  'features', 'of', 'products', 'range', 'kinds', 'categories', 'related', 'concerning', 'standards', 'policies',
  'procedures', 'history', 'sector', 'industry', 'market', 'equipment', 'materials', 'process', 'processes']);

const stem = (w: string) => w.replace(/(ies)$/, 'y').replace(/(es|s)$/, '');
const sameStems = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => stem(w) === stem(b[i] ?? ''));
const splitMulti = (cell: string | undefined, sep: RegExp = /\r?\n/) =>
  (cell ?? '').split(sep).map((s) => s.trim()).filter(Boolean);
const clean = (label: string) => label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
const shortLabel = (label: string) => {
  const w = words(label);
  return w.length >= 1 && w.length <= 4 && label.length <= 40 && !w.some((x) => BAD_WORDS.has(x));
};

function foreignLabels(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (uri: string | undefined, label: string | undefined) => {
    if (!uri || !label) return;
    const l = clean(label);
    if (!shortLabel(l) || words(l).length > 3) return;
    const list = out.get(uri) ?? [];
    if (!list.includes(l.toLowerCase())) list.push(l.toLowerCase());
    out.set(uri, list);
  };
  for (const r of readCsv('esco/api-2026_fr_labels/skills_fr.csv')) add(r.conceptUri, r.preferredLabel);
  for (const r of readCsv('esco/v1.0.x_es_fr/skills_fr.csv')) add(r.conceptUri, r.preferredLabel);
  for (const r of readCsv('esco/v1.0.x_es_fr/skills_es.csv')) add(r.conceptUri, r.preferredLabel);
  for (const f of ['digitalSkillsCollection_de', 'transversalSkillsCollection_de', 'greenSkillsCollection_de', 'researchSkillsCollection_de']) {
    for (const r of readCsv(`esco/v1.2.x_de_collections/${f}.csv`)) {
      add(r.conceptUri, r.preferredLabel);
      for (const a of splitMulti(r.altLabels, /\s*\|\s*|\r?\n/)) add(r.conceptUri, a);
    }
  }
  return out;
}

export function readEsco(common: Set<string>): RawConcept[] {
  const languageUris = new Set(readCsv('esco/v1.1.1_en/languageSkillsCollection_en.csv').map((r) => r.conceptUri));
  const digitalUris = new Set(readCsv('esco/v1.1.1_en/digitalSkillsCollection_en.csv').map((r) => r.conceptUri));
  const foreign = foreignLabels();
  const out: RawConcept[] = [];
  for (const r of readCsv('esco/v1.1.1_en/skills_en.csv')) {
    if (r.skillType !== 'knowledge' || languageUris.has(r.conceptUri) || r.status !== 'released') continue;
    const label = clean(r.preferredLabel ?? '');
    if (!shortLabel(label)) continue;
    const w = words(label);
    const digital = digitalUris.has(r.conceptUri);
    // A single ordinary word ("drainage", "music") is too vague to create a concept from.
    if (w.length === 1 && (common.has(w[0]!) || !digital)) {
      const aliases = foreign.get(r.conceptUri ?? '') ?? [];
      out.push({ name: titleCase(label), category: 'esco', aliases, source: 'esco', mergeOnly: true, keys: [label] });
      continue;
    }
    const aliases = [label.toLowerCase()];
    for (const alt of splitMulti(r.altLabels)) {
      const a = clean(alt);
      if (/^[A-Z]{2,6}s?$/.test(a) && isInitials(a.replace(/s$/, ''), w)) aliases.push('^' + a.toLowerCase());
      else if (sameStems(words(a), w)) aliases.push(a.toLowerCase());
    }
    aliases.push(...(foreign.get(r.conceptUri ?? '') ?? []));
    out.push({ name: titleCase(label), category: digital ? 'technology' : 'knowledge', aliases, source: 'esco' });
  }
  return out;
}
