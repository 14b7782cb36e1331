// Cuts sections into units: one per bullet, one per sentence of prose. required/preferred is decided per unit.
import type { Section, SkillMatch, Unit } from './types';
import { isPreferredText } from './cues';
import { GLUED_BULLET } from './bullets';
import { unitPreferredForMatch } from './alternatives';
import { ABBREV } from './abbreviations';

const BULLET = new RegExp(String.raw`^\s*(?:(?:[*•·▪◦‣●○■□➢➤►✓✔–—-]|\d{1,2}[.)]|[a-z][)])(?:\s+|$)|${GLUED_BULLET})`, 'u');

// Not inline: tsx (esbuild) would rebuild these on every call (a `new RegExp` for \p{…} outside a class).
const ONE_LETTER = /^\p{L}$/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Splits prose into sentences without breaking on abbreviations, decimals ("3.5") or "Node.js". */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    const next = text[i + 1];
    if (next !== ' ' && next !== undefined) continue;
    let j = i + 1;
    while (text[j] === ' ') j++;
    if (j >= text.length) break;
    if (!/[\p{Lu}\p{N}"“„«(¿¡]/u.test(text[j]!)) continue;
    if (c === '.') {
      let k = i;
      while (k > start && /[\p{L}.]/u.test(text[k - 1]!)) k--;
      const tok = text.slice(k, i).toLowerCase();
      if (ABBREV.has(tok) || ONE_LETTER.test(tok) || INITIALS.test(tok)) continue;
    }
    const s = text.slice(start, i + 1).trim();
    if (s) out.push(s);
    start = j;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

// Words that open a requirement. A capitalised one right after a lower-case word, with no stop between, starts an
// item whose bullet was lost: a list flattened into one paragraph ("…unit testing techniques Track record of…").
const OPENER = String.raw`(?:Experience|Experienced|Expertise|Exposure|Track record|Demonstrated|Proven|Strong|Excellent|Outstanding|Solid|Good|Great|Advanced|Competent|Comfortable|Familiar|Familiarity|Direct|Prior|Previous|Ability|Understanding|Proficiency|Proficient|Bachelor's|Master's|BS|BA|Must|Working knowledge|Hands-on|Deep|Fluent|Minimum|At least|Erfahrung|Kenntnisse|Sehr gute|Gute|Abgeschlossenes|Expérience|Maîtrise|Connaissance|Connaissances|Experiencia|Conocimientos?|Dominio|Ervaring|Kennis|Experiência|Conhecimentos?)`;
// A count of years opens an item too ("…cross-functional partnerships 6+ years of programming experience…"), unless
// the word before it governs it ("with 6+ years", "at least 5 years", "and 3+ years").
const YEARS_OPENER = String.raw`\d{1,2}\+? (?:years?|yrs|Jahre|ans|años|anos|jaar)`;
const GOVERNS = String.raw`(?<!(?<![\p{L}])(?:with|of|and|or|have|has|having|least|minimum|plus|by|for|in|to|a|the|than|over|about|approximately|around|including|mit|und|oder|mindestens|avec|et|ou|de|con|y|o|met|en|com|e|ou)\s)`;
// A lower-case word follows the opener: "Adobe Experience Platform" is a name, not two items.
const RUN_ON = new RegExp(String.raw`(?<=[\p{Ll})] )(?:(?=${OPENER} \p{Ll})|${GOVERNS}(?=${YEARS_OPENER} \p{Ll}))`, 'gu');
/** Below this a sentence is not a flattened list. */
const RUN_ON_MIN = 250;

/** A sentence that is a list run together: its items, each from its opener. */
function splitRunOn(s: string): string[] {
  if (s.length < RUN_ON_MIN) return [s];
  return s.split(RUN_ON).map((x) => x.trim()).filter(Boolean);
}

/** Splits sections into units (bullets and sentences) with their preferred flag. */
export function toUnits(sections: Section[]): Unit[] {
  const units: Unit[] = [];
  let index = 0;
  for (const sec of sections) {
    let leadPreferred = false;
    let pendingBullet = false; // a bare "-" line: the bullet's text is on the next line (seed-003 style)
    const lines = sec.lines;
    for (let li = 0; li < lines.length; li++) {
      const raw = lines[li]!;
      const t = raw.trim();
      if (!t) continue;
      if (/^[*•·▪◦‣●○■□➢➤►–—-]$/.test(t)) {
        pendingBullet = true;
        continue;
      }
      const isBullet = pendingBullet || BULLET.test(t);
      let text = pendingBullet ? t : t.replace(BULLET, '');
      pendingBullet = false;
      // Indented lines right after a bullet continue it.
      while (isBullet && li + 1 < lines.length && /^\s{2,}\S/.test(lines[li + 1]!) && !BULLET.test(lines[li + 1]!)) {
        text += ' ' + lines[++li]!.trim();
      }
      if (/^#\S+$/.test(text)) continue; // "#LI-Remote" tags
      if (!isBullet && /[:：]$/.test(text)) leadPreferred = isPreferredText(text);
      const ctx = sec.kind === 'preferred' || leadPreferred;
      const wholeBullet = isBullet && /^[^:]{0,40}:/.test(text) && isPreferredText(text.split(':')[0]!);
      for (const s of splitSentences(text).flatMap(splitRunOn)) {
        const u: Unit = {
          text: s,
          sectionKind: sec.kind,
          heading: sec.heading,
          preferred: ctx || wholeBullet || isPreferredText(s),
          wholePreferred: ctx || wholeBullet,
          index,
        };
        units.push(u);
        if (!isBullet) index++;
      }
      if (isBullet) index++;
    }
  }
  return units;
}

/**
 * Whether a skill found in this unit is preferred: always when the unit's section or lead-in says so,
 * otherwise only when a cue's clause covers the match ("GCP (ideally) or AWS/Azure" vs "…, German beneficial").
 */
export function isMatchPreferred(unit: Unit, match: Pick<SkillMatch, 'start' | 'end'>): boolean {
  if (unit.wholePreferred) return true;
  return unit.preferred && unitPreferredForMatch(unit.text, match);
}
