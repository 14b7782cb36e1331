/** A skill concept of the taxonomy, as the rest of Postfit sees it. */
export interface Concept {
  /** Stable slug, e.g. "postgresql", "csharp", "google-kubernetes-engine". */
  id: string;
  /** Canonical English display name, e.g. "PostgreSQL". */
  name: string;
  /** Coarse domain, e.g. "cloud", "languages", "data", "soft", "healthcare". */
  category: string;
  /** Direct parents (ids); use parentsOf() for the transitive closure. */
  parents: string[];
  /** Lowercase surface forms. A leading "~" marks an ambiguous alias (needs a skill context),
   * a leading "^" a cased one (needs capitalisation or a skill context), a leading "?" a generic word
   * ("testing", "cloud", "tax": needs a skill cue or a list neighbour, whatever its case). */
  aliases: string[];
  soft?: boolean;
}

/**
 * The generated taxonomy.json. Concepts are stored as compact tuples:
 * [id, name, categoryIndex, parents (ids), aliases, flags] where flags bit 1 = soft skill.
 */
export interface TaxonomyFile {
  version: number;
  categories: string[];
  concepts: [string, string, number, string[], string[], number][];
}
