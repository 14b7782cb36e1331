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
  /** Lowercase surface forms that may match free text. A leading "~" marks an ambiguous alias (needs a skill
   * context), a leading "^" a cased one (needs capitalisation or a skill context), a leading "?" a generic word
   * ("testing", "cloud", "tax": needs a skill cue or a list neighbour, whatever its case). Look-up-only labels
   * (labels.json) are not here: see labelsOf(). */
  aliases: string[];
  soft?: boolean;
  /** O*NET Hot Technology. */
  hot?: boolean;
  /** A grouping node (ESCO skill group, O*NET commodity): a parent for implies(), never an item of a posting. */
  group?: boolean;
}

/** Concept tuple of core.json: [id, name, categoryIndex, parents (ids), aliases, flags, broader (concept indices)].
 * flags: 1 soft skill, 2 O*NET Hot Technology, 4 group. */
export type ConceptTuple = [string, string, number, string[], string[], number, number[]];

/** public/taxonomy/core.json: what reading a posting needs. */
export interface TaxonomyCore {
  version: 2;
  categories: string[];
  concepts: ConceptTuple[];
  /** How many extra-N.json files hold the look-up part. */
  extraParts: number;
  /** The aliases by first token, tokenised: [concept index, flag, ...the other tokens] (see alias.ts). */
  match: Record<string, (number | string)[][]>;
}

/** public/taxonomy/extra-N.json, N = 1..extraParts: the concepts core.json leaves out (look-up only, reached by no
 * core concept), in index order after core's, and the look-up-only labels of every concept ("|"-joined, core's
 * first). Each part holds the next slice of both lists; joined in order they give the whole. */
export interface TaxonomyExtra {
  version: 2;
  coreCount: number;
  part: number;
  concepts: ConceptTuple[];
  labels: string[];
}
