// Gathers the skills an imported file proposes, from two kinds of place: a list of typed names (JSON Resume skills,
// LinkedIn's Skills.csv), resolved as the popup's skill box resolves them, and the text of dated work entries, where
// the taxonomy matcher finds the skills and the entry's dates give them years. One skill found in several places is
// proposed once: years stated by the file win, then the entries' months (overlaps counted once), then none.
import { skillSlug } from '../db/slug';
import { splitNames } from '../profile/by-name';
import { MAX_NAME, MAX_SKILLS, type SkillLevel } from '../profile/schema';
import type { EntryRange } from './dates';
import { coveredMonths, roundYears, type ImportLookups, type MonthIndex, type ProposedSkill } from './proposal';

interface Gathered {
  id: string;
  name: string;
  known: boolean;
  listedIn: string | null;
  /** Years the file states for the skill itself (Postfit's export), null inside meaning "no years". */
  stated: { years: number | null; source: string } | null;
  level?: SkillLevel;
  ranges: [MonthIndex, MonthIndex][];
  labels: string[];
}

export class SkillGatherer {
  private readonly byId = new Map<string, Gathered>();

  constructor(private readonly lookups: ImportLookups) {}

  private entry(id: string, name: string, known: boolean): Gathered {
    let g = this.byId.get(id);
    if (!g) {
      g = { id, name, known, listedIn: null, stated: null, ranges: [], labels: [] };
      this.byId.set(id, g);
    }
    return g;
  }

  /**
   * A typed skill name ("Postgres", "Docker & Kubernetes"); a name the taxonomy does not know is kept as typed, under
   * `extra.id` when the file gives one, else its slug. `extra.years` (stated by the file) win over any dates.
   */
  addName(typed: string, source: string, extra: { id?: string; level?: SkillLevel; years?: { value: number | null; source: string } } = {}): void {
    const clean = typed.replace(/\s+/g, ' ').trim();
    // A name longer than the profile stores is not a skill name (a pasted paragraph); the review could not save it.
    if (!clean || clean.length > MAX_NAME) return;
    // A name with its own id (Postfit's export) is one skill as exported; only typed names are split.
    for (const part of extra.id ? [clean] : splitNames(clean, this.lookups.byName)) {
      const hit = this.lookups.byName(part);
      const g = hit ? this.entry(hit.id, hit.name, true) : this.entry(extra.id ?? skillSlug(part), part, false);
      g.listedIn ??= source;
      if (extra.years && !g.stated) g.stated = { years: extra.years.value, source: extra.years.source };
      g.level ??= extra.level;
    }
  }

  /** The skills a work entry's text names; the entry's months (if it has dates) count for each of them. */
  addText(text: string, dated: EntryRange | null, fallbackSource: string): void {
    for (const m of this.lookups.match(text)) {
      const g = this.entry(m.id, m.name, true);
      if (dated && !g.ranges.some(([f, t]) => f === dated.range[0] && t === dated.range[1])) {
        g.ranges.push(dated.range);
        if (!g.labels.includes(dated.label)) g.labels.push(dated.label);
      }
      if (!dated) g.listedIn ??= fallbackSource;
    }
  }

  /** The proposed skills, in the order first found, no more than a profile holds. */
  skills(): ProposedSkill[] {
    return [...this.byId.values()].slice(0, MAX_SKILLS).map((g): ProposedSkill => {
      const base = { id: g.id, name: g.name, known: g.known, ...(g.level ? { level: g.level } : {}) };
      if (g.stated) return { ...base, years: g.stated.years, source: g.stated.source };
      if (g.ranges.length) return { ...base, years: roundYears(coveredMonths(g.ranges)), source: g.labels.join(', ') };
      return { ...base, years: null, source: g.listedIn ?? '' };
    });
  }
}
