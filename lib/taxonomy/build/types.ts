/** A concept proposed by one source reader, before merging. */
export interface RawConcept {
  name: string;
  /** A fixed id, for a concept renamed after profiles saved its old one (curated "Name =old-id"); else slug(name). */
  id?: string;
  category: string;
  /** Surface forms that may match free text; "~" / "^" / "?" prefixes as in Concept.aliases. */
  aliases: string[];
  /** Labels that name the concept but must never match free text (ordinary words and phrases, verb phrases,
   * long labels): kept for look-ups (profile search, CV import), never for reading a posting. */
  lookup?: string[];
  /** Parent names or ids (curated "is a" links, used by the scorer's ancestors). */
  parents?: string[];
  /** Open-data broader concepts, as keys of other raw concepts ("esco:<uri>", "onet:<commodity code>"). */
  broader?: string[];
  /** This concept's own key for `broader` references. */
  ref?: string;
  soft?: boolean;
  /** O*NET Hot Technology. */
  hot?: boolean;
  /** A grouping node (ESCO skill group, O*NET commodity): a parent for "implies", never an item. */
  group?: boolean;
  /** Open-data concepts may be merged into an existing concept that owns their name. */
  source: 'curated' | 'esco' | 'onet' | 'linguist' | 'explore' | 'devicon';
  /** Only merge into an existing concept, never create one (devicon). */
  mergeOnly?: boolean;
  /** Extra keys that identify the concept for merging but are not added as aliases. */
  keys?: string[];
}
