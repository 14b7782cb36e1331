/** A skill concept of the taxonomy, as the rest of Postfit sees it. */
export interface Concept {
  /** Stable slug, e.g. "postgresql", "csharp", "google-kubernetes-engine". */
  id: string;
  /** Canonical English display name, e.g. "PostgreSQL". */
  name: string;
  /** Coarse domain, e.g. "cloud", "languages", "data", "soft", "healthcare", "esco", "esco-group". */
  category: string;
  /** Direct curated parents (ids); use parentsOf() for the transitive closure, broaderOf() for open-data links. */
  parents: string[];
  soft?: boolean;
  /** O*NET Hot Technology. */
  hot?: boolean;
  /** A grouping node (ESCO skill group, O*NET commodity): a parent for implies(), never an item of a posting. */
  group?: boolean;
}

/** Concept tuple of core.json and extra-N.json: [id, name, categoryIndex, parents (ids), flags, broader (concept
 * indices)]. flags: 1 soft skill, 2 O*NET Hot Technology, 4 group. A concept's matchable aliases are in core.json's
 * match index only (each alias once, tokenised), not beside it: the cold start fetches and parses every byte. */
export type ConceptTuple = [string, string, number, string[], number, number[]];

/** public/taxonomy/core.json: what reading a posting needs. */
export interface TaxonomyCore {
  version: 3;
  categories: string[];
  concepts: ConceptTuple[];
  /** How many extra-N.json files hold the look-up part. */
  extraParts: number;
  /** The aliases by first token, tokenised: [concept index, flag, ...the other tokens] (see alias.ts). */
  match: Record<string, (number | string)[][]>;
  /** normKey()s of the core's concept names that no alias spells (the names a parse must know besides the
   * match index: see coreKnowsName()). */
  nameKeys: string[];
}

/** public/taxonomy/extra-N.json, N = 1..extraParts: the concepts core.json leaves out (look-up only, reached by no
 * core concept), in index order after core's, and the look-up-only labels of every concept ("|"-joined, core's
 * first). Each part holds the next slice of both lists; joined in order they give the whole. */
export interface TaxonomyExtra {
  version: 3;
  coreCount: number;
  part: number;
  concepts: ConceptTuple[];
  labels: string[];
}
