// Internal shapes passed between the parser's stages. The public record lives in lib/schemas.ts.

/** What a part of a posting is about, decided from its heading. */
export type SectionKind =
  | 'intro' // text before any heading
  | 'requirements' // requirements, qualifications, must have, profil recherché, ...
  | 'preferred' // nice to have, bonus, ... (a whole part whose items are all preferred)
  | 'responsibilities'
  | 'benefits'
  | 'company' // about us / company description
  | 'apply' // how to apply, EEO statements
  | 'stack' // the company's own tools: "Our tech stack", "Technologies we use"
  | 'other';

export interface Section {
  kind: SectionKind;
  heading: string | null;
  /** The part's lines, without the heading, markdown bullets kept as written. */
  lines: string[];
}

/** One bullet or one sentence of a section: the granularity at which required/preferred is decided. */
export interface Unit {
  text: string;
  sectionKind: SectionKind;
  heading: string | null;
  /** True when the unit itself, or its section, marks it as nice-to-have. */
  preferred: boolean;
  /**
   * True when the section, a lead-in ("Nice to have:") or a label on the bullet makes every item of the unit
   * preferred; otherwise a cue covers only its own clause ("GCP (ideally) or AWS/Azure").
   */
  wholePreferred?: boolean;
  /** Index of the unit in document order; units of one bullet share the bullet index. */
  index: number;
}

/** Header data read from a board's page or a remotewlb markdown header. */
export interface PostingHeader {
  title: string | null;
  company: string | null;
  /** Raw badge texts such as "💰 $161,000-$194,000" or "🌎 Remote (U.S.)". */
  salaryText: string | null;
  locationText: string | null;
}

export interface SkillMatch {
  id: string;
  name: string;
  start: number;
  end: number;
  surface: string;
}
