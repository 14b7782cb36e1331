// Loading the generated taxonomy (public/taxonomy/*.json) into the matcher. One decoder for every host: the
// extension fetches its own packaged files (loadTaxonomy), the command line and the tests read them from disk
// (useTaxonomyReader, see node-files.ts). core.json is all a parse needs; extra-N.json (look-up-only concepts and
// labels, five times larger) is loaded only for look-ups, or when an id outside the core is asked for.
import { TAXONOMY_FILES } from './files';
import type { MatchEntry } from './alias';
import type { Concept, ConceptTuple, TaxonomyCore, TaxonomyExtra } from './types';

export interface Loaded {
  concepts: Concept[];
  byId: Map<string, number>;
  /** Open-data broader links (ESCO broader concepts and skill groups, O*NET commodities), by concept index. */
  broader: number[][];
  coreCount: number;
  /** Look-up-only labels by concept index, once extra-N.json is in. */
  labels: string[] | null;
  extraParts: number;
  /** core.json's match index, as parsed (the matcher turns it into a Map on first use). */
  match: Record<string, MatchEntry[]>;
  /** core.json's nameKeys: core names no alias spells. */
  nameKeys: string[];
}

export type ReadText = (file: string) => string;
export type FetchText = (file: string) => Promise<string>;

let loaded: Loaded | null = null;
let categories: string[] = [];
let reader: ReadText | null = null;
let pendingCore: Promise<void> | null = null;
let pendingExtra: Promise<void> | null = null;
const listeners: (() => void)[] = [];

/** Called whenever concepts are added (extra-N.json): derived structures are rebuilt on next use. */
export function onTaxonomyChange(f: () => void): void {
  listeners.push(f);
}

function fail(what: string): never {
  throw new Error(`Postfit taxonomy: ${what}. Rebuild it with \`npm run taxonomy\`.`);
}

function decode(t: ConceptTuple): Concept {
  const [id, name, cat, parents, flags] = t;
  const c: Concept = { id, name, category: categories[cat] ?? 'other', parents };
  if (flags & 1) c.soft = true;
  if (flags & 2) c.hot = true;
  if (flags & 4) c.group = true;
  return c;
}

// Our own generated assets, not hostile input: a shape check of the envelope (a zod pass over 17,000 tuples would
// cost the cold start more than the parse) with a clear message when a stale or foreign file is found.
export function installCore(text: string): void {
  const file = JSON.parse(text) as TaxonomyCore;
  if (file?.version !== 3 || !Array.isArray(file.concepts) || !Array.isArray(file.categories) || typeof file.match !== 'object' || !Array.isArray(file.nameKeys)) {
    fail('core.json is not a version 3 file');
  }
  categories = file.categories;
  const concepts = file.concepts.map(decode);
  const byId = new Map<string, number>();
  concepts.forEach((c, i) => byId.set(c.id, i));
  loaded = {
    concepts, byId, broader: file.concepts.map((t) => t[5]), coreCount: concepts.length, labels: null,
    extraParts: file.extraParts, match: file.match, nameKeys: file.nameKeys,
  };
  for (const f of listeners) f();
}

/** The texts of extra-1.json … extra-N.json, in order. */
export function installExtra(texts: string[]): void {
  const l = loaded ?? fail('extra parts before core.json');
  if (l.labels) return;
  const files = texts.map((t) => JSON.parse(t) as TaxonomyExtra);
  if (files.length !== l.extraParts) fail(`${files.length} extra parts where core.json has ${l.extraParts}`);
  files.forEach((file, i) => {
    if (file?.version !== 3 || file.coreCount !== l.coreCount || file.part !== i + 1 || !Array.isArray(file.concepts) || !Array.isArray(file.labels)) {
      fail(`extra-${i + 1}.json does not belong to core.json`);
    }
  });
  const labels: string[] = [];
  for (const file of files) {
    for (const t of file.concepts) {
      l.byId.set(t[0], l.concepts.length);
      l.concepts.push(decode(t));
      l.broader.push(t[5]);
    }
    labels.push(...file.labels);
  }
  if (labels.length !== l.concepts.length) fail('the extra parts do not cover every concept');
  l.labels = labels;
  for (const f of listeners) f();
}

const partNames = (l: Loaded) => Array.from({ length: l.extraParts }, (_, i) => TAXONOMY_FILES.extra(i + 1));

/** Node and tests: read the files synchronously on first use. */
export function useTaxonomyReader(read: ReadText): void {
  reader = read;
}

/** The extension: fetch core.json (and extra-N.json when asked) from the extension's own files. */
export function loadTaxonomy(fetchText: FetchText, opts: { extra?: boolean } = {}): Promise<void> {
  // Where a reader is set (Node, tests), it wins: the same files, read from disk.
  if (reader) {
    try {
      if (opts.extra) loadedAll();
      else loadedCore();
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
  pendingCore ??= loaded
    ? Promise.resolve()
    : fetchText(TAXONOMY_FILES.core)
        .then(installCore)
        .catch((e: unknown) => {
          pendingCore = null; // the next call tries again
          throw e;
        });
  if (!opts.extra) return pendingCore;
  pendingExtra ??= pendingCore
    .then(() => (loaded!.labels ? [] : Promise.all(partNames(loaded!).map(fetchText))))
    .then((texts) => void (texts.length && installExtra(texts)))
    .catch((e: unknown) => {
      pendingExtra = null;
      throw e;
    });
  return pendingExtra;
}

export function taxonomyLoaded(): { core: boolean; extra: boolean } {
  return { core: !!loaded, extra: !!loaded?.labels };
}

/** The core, loading it synchronously when a reader is set. */
export function loadedCore(): Loaded {
  if (!loaded && reader) installCore(reader(TAXONOMY_FILES.core));
  return loaded ?? fail('not loaded yet (loadTaxonomy() first)');
}

/** Core and extra, loading extra synchronously when a reader is set; null when extra is not available yet. */
export function loadedAll(): Loaded | null {
  const l = loadedCore();
  if (!l.labels && reader) installExtra(partNames(l).map(reader));
  return l.labels ? l : null;
}

/** Is every id a concept of the loaded core? (False before anything is loaded.) Profiles naming a look-up-only
 * concept need extra-N.json before they are scored. */
export function inCore(ids: Iterable<string>): boolean {
  if (!loaded) return false;
  for (const id of ids) {
    const i = loaded.byId.get(id);
    if (i === undefined || i >= loaded.coreCount) return false;
  }
  return true;
}
