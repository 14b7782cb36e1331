// ESCO reader: every skill and knowledge concept, every skill group, with all their preferred and alternative
// labels in every language the staged data holds (en, fr, es, de), and the broader relations between them.
// Only a few labels may match free text (the `aliases`): knowledge concepts with short noun labels, their
// spelling/plural variants and initials, and their short foreign preferred labels. Every other label (verb-phrase
// skills such as "manage musical staff", long labels, ordinary words) is a look-up label only: profile search
// finds it, reading a posting never does (see gating.ts for what the extra matchable labels must pass).
import { readCsv, titleCase, words, isInitials } from './util';
import type { RawConcept } from './types';

const BAD_WORDS = new Set(['types', 'type', 'principles', 'methods', 'techniques', 'theory', 'characteristics',
  'features', 'of', 'products', 'range', 'kinds', 'categories', 'related', 'concerning', 'standards', 'policies',
  'procedures', 'history', 'sector', 'industry', 'market', 'equipment', 'materials', 'process', 'processes']);

const stem = (w: string) => w.replace(/(ies)$/, 'y').replace(/(es|s)$/, '');
const sameStems = (a: string[], b: string[]) => a.length === b.length && a.every((w, i) => stem(w) === stem(b[i] ?? ''));
const NL = /\r?\n/;
const NL_OR_BAR = /\s*\|\s*|\r?\n/;
const splitMulti = (cell: string | undefined, sep: RegExp = NL) => (cell ?? '').split(sep).map((s) => s.trim()).filter(Boolean);
const clean = (label: string) => label.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
const shortLabel = (label: string) => {
  const w = words(label);
  return w.length >= 1 && w.length <= 4 && label.length <= 40 && !w.some((x) => BAD_WORDS.has(x));
};
export const escoRef = (uri: string) => `esco:${uri}`;

class LabelSet {
  readonly byUri = new Map<string, string[]>();
  add(uri: string | undefined, label: string | undefined): void {
    if (!uri || !label) return;
    const l = label.replace(/\s+/g, ' ').trim();
    if (!l) return;
    const list = this.byUri.get(uri) ?? [];
    if (!list.includes(l)) list.push(l);
    this.byUri.set(uri, list);
  }
  get(uri: string): string[] {
    return this.byUri.get(uri) ?? [];
  }
}

/** Short foreign preferred labels (and German alternative labels) that may match; all foreign labels for look-up. */
function foreignLabels(): { match: LabelSet; all: LabelSet } {
  const match = new LabelSet();
  const all = new LabelSet();
  const both = (uri: string | undefined, label: string | undefined) => {
    all.add(uri, label);
    if (!label) return;
    const l = clean(label);
    if (shortLabel(l) && words(l).length <= 3) match.add(uri, l.toLowerCase());
  };
  for (const r of readCsv('esco/api-2026_fr_labels/skills_fr.csv')) {
    both(r.conceptUri, r.preferredLabel);
    for (const a of splitMulti(r.altLabels, NL_OR_BAR)) all.add(r.conceptUri, a);
  }
  for (const f of ['fr', 'es']) {
    for (const r of readCsv(`esco/v1.0.x_es_fr/skills_${f}.csv`)) {
      both(r.conceptUri, r.preferredLabel);
      for (const a of splitMulti(r.altLabels, NL_OR_BAR)) all.add(r.conceptUri, a);
    }
  }
  for (const f of ['digital', 'transversal', 'green', 'research', 'digComp', 'language']) {
    for (const r of readCsv(`esco/v1.2.x_de_collections/${f}SkillsCollection_de.csv`)) {
      // The language and DigComp collections name no matchable knowledge: look-up labels only.
      const lookupOnly = f === 'language' || f === 'digComp';
      const add = (label: string | undefined) => (lookupOnly ? all.add(r.conceptUri, label) : both(r.conceptUri, label));
      add(r.preferredLabel);
      for (const a of splitMulti(r.altLabels, NL_OR_BAR)) add(a);
    }
  }
  return { match, all };
}

/** English labels newer than v1.1.1 (the v1.2.0 collections). */
function newerEnglish(): LabelSet {
  const out = new LabelSet();
  for (const f of ['digital', 'transversal', 'green', 'research', 'digComp', 'language']) {
    for (const r of readCsv(`esco/v1.2.0_en_collections/${f}SkillsCollection_en.csv`)) {
      out.add(r.conceptUri, r.preferredLabel);
      for (const a of splitMulti(r.altLabels, NL_OR_BAR)) out.add(r.conceptUri, a);
    }
  }
  return out;
}

function broaderMap(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of ['esco/v1.1.1_en/broaderRelationsSkillPillar.csv', 'esco/v1.2.0_en_collections/broaderRelationsSkillPillar_en.csv']) {
    for (const r of readCsv(file)) {
      if (!r.conceptUri || !r.broaderUri) continue;
      const list = out.get(r.conceptUri) ?? [];
      if (!list.includes(r.broaderUri)) list.push(r.broaderUri);
      out.set(r.conceptUri, list);
    }
  }
  return out;
}

/** ESCO skill groups (with their foreign labels): parents only, never items. */
function readGroups(broader: Map<string, string[]>): RawConcept[] {
  const labels = new LabelSet();
  const names = new Map<string, string>();
  for (const r of readCsv('esco/v1.1.1_en/skillGroups_en.csv')) {
    if (!r.conceptUri || !r.preferredLabel) continue;
    names.set(r.conceptUri, r.preferredLabel);
    for (const a of splitMulti(r.altLabels)) labels.add(r.conceptUri, a);
  }
  for (const f of ['esco/v1.2.x_de_collections/skillGroups_de.csv', 'esco/v1.0.x_es_fr/skillGroups_es.csv', 'esco/v1.0.x_es_fr/skillGroups_fr.csv']) {
    for (const r of readCsv(f)) {
      labels.add(r.conceptUri, r.preferredLabel);
      for (const a of splitMulti(r.altLabels, NL_OR_BAR)) labels.add(r.conceptUri, a);
    }
  }
  return [...names].map(([uri, name]) => ({
    name: titleCase(name),
    category: 'esco-group',
    aliases: [],
    lookup: labels.get(uri),
    ref: escoRef(uri),
    broader: (broader.get(uri) ?? []).map(escoRef),
    group: true,
    source: 'esco',
  }));
}

export function readEsco(common: Set<string>): RawConcept[] {
  const languageUris = new Set(readCsv('esco/v1.1.1_en/languageSkillsCollection_en.csv').map((r) => r.conceptUri));
  const digitalUris = new Set(readCsv('esco/v1.1.1_en/digitalSkillsCollection_en.csv').map((r) => r.conceptUri));
  const foreign = foreignLabels();
  const newer = newerEnglish();
  const broader = broaderMap();
  const out: RawConcept[] = [];
  for (const r of readCsv('esco/v1.1.1_en/skills_en.csv')) {
    const uri = r.conceptUri ?? '';
    const pref = (r.preferredLabel ?? '').trim();
    if (!uri || !pref) continue;
    const alts = splitMulti(r.altLabels);
    const base = {
      ref: escoRef(uri),
      broader: (broader.get(uri) ?? []).map(escoRef),
      lookup: [pref, ...alts, ...newer.get(uri), ...foreign.all.get(uri)],
      source: 'esco' as const,
    };
    const label = clean(pref);
    const matchable = r.skillType === 'knowledge' && !languageUris.has(uri) && r.status === 'released' && shortLabel(label);
    if (!matchable) {
      out.push({ ...base, name: titleCase(pref), category: languageUris.has(uri) ? 'spoken-languages' : 'esco', aliases: [] });
      continue;
    }
    const w = words(label);
    const digital = digitalUris.has(uri);
    // A single ordinary word ("drainage", "music") is too vague to match: merged into a concept that owns it, or
    // kept for look-up only.
    if (w.length === 1 && (common.has(w[0]!) || !digital)) {
      out.push({ ...base, name: titleCase(label), category: 'esco', aliases: foreign.match.get(uri), mergeOnly: true, keys: [label] });
      continue;
    }
    const aliases = [label.toLowerCase()];
    for (const alt of alts) {
      const a = clean(alt);
      if (/^[A-Z]{2,6}s?$/.test(a) && isInitials(a.replace(/s$/, ''), w)) aliases.push('^' + a.toLowerCase());
      else if (sameStems(words(a), w)) aliases.push(a.toLowerCase());
    }
    aliases.push(...foreign.match.get(uri));
    out.push({ ...base, name: titleCase(label), category: digital ? 'technology' : 'knowledge', aliases });
  }
  out.push(...readGroups(broader));
  return out;
}
