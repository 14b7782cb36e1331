/** A concept proposed by one source reader, before merging. */
export interface RawConcept {
  name: string;
  category: string;
  /** Surface forms; "~" / "^" prefixes as in Concept.aliases. */
  aliases: string[];
  /** Parent names or ids. */
  parents?: string[];
  soft?: boolean;
  /** Open-data concepts may be merged into an existing concept that owns their name. */
  source: 'curated' | 'esco' | 'onet' | 'linguist' | 'explore' | 'devicon';
  /** Only merge into an existing concept, never create one (devicon). */
  mergeOnly?: boolean;
  /** Extra keys that identify the concept for merging but are not added as aliases. */
  keys?: string[];
}
