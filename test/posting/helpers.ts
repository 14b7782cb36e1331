// Test-only helpers: a rough sectioner that turns a dev posting into Units, so the field extractors can be
// tested without the real splitter. It is deliberately simple; the real one lives elsewhere.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PostingHeader, SectionKind, Unit } from '../../lib/posting/types';

export { DEV } from '../parser/dev-set';
import { DEV } from '../parser/dev-set';

// cp1252 bytes 0x80–0x9F, for undoing UTF-8 read as Windows-1252 ("â€™" → "’").
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
export function repair(text: string): string {
  if (!/[ÃÂâð][\u0080-\u00ff\u2000-\u20ff\u0152-\u0192]/.test(text)) return text;
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const i = CP1252.indexOf(ch);
    if (c < 0x100) bytes.push(c);
    else if (i >= 0) bytes.push(0x80 + i);
    else return text;
  }
  return Buffer.from(bytes).toString('utf8');
}

const KINDS: Array<[SectionKind, RegExp]> = [
  ['preferred', /nice to have|bonus|preferred|desired|diferencial|wünschenswert|plus/i],
  ['requirements', /requirement|required|qualification|must have|what you(?:'|’)?ll need|what you know|about you|you have|what you.{0,4}bring|profil|requisitos|education|who you are/i],
  ['responsibilities', /responsibilit|what you(?:'|’)?ll do|what you will do|job description|duties|the opportunity|role|what you will be doing|sobre a vaga|missions/i],
  ['benefits', /benefit|offer|perks|additional information|compensation|what else/i],
  ['company', /company|about us|about vercel|who are we|sobre a|about rackspace|about lgc|values|about the team|more on/i],
  ['apply', /equal|apply|commitment|identity|policy|work model/i],
];

function headingOf(line: string): string | null {
  const t = line.trim();
  const md = /^#{1,6}\s+(.*)$/.exec(t);
  if (/^#\s+\[/.test(t) || /^#{1,6}\s+`/.test(t)) return null; // remotewlb title and badge lines
  const raw = md ? md[1] ?? '' : t;
  const clean = raw.replace(/[*_`#]/g, '').replace(/\s+/g, ' ').trim();
  if (md) return clean;
  if (/^\*\*[^*]+\*\*:?$/.test(t) && clean.length < 60) return clean;
  if (/^[^.!?]{2,50}:$/.test(t) && !/^[-*]/.test(t)) return clean;
  if (clean.length > 1 && clean.length < 40 && !/[.,;]/.test(clean) && !/^[-*•]/.test(t) && KINDS.some(([, re]) => re.test(clean)))
    return clean;
  return null;
}

const CUE = /nice to have|a plus|is a plus|bonus|preferred|preferably|ideally|desirable|beneficial|an advantage|wünschenswert|idéalement|apprécié|valorable|diferencial/i;

export function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  let kind: SectionKind = 'intro';
  let heading: string | null = null;
  let index = 0;
  for (const line of text.split('\n')) {
    const h = headingOf(line);
    if (h !== null) {
      heading = h;
      const k = KINDS.find(([, re]) => re.test(h))?.[0] ?? 'other';
      // An unknown subheading ("Compétences particulières :") stays in the part it sits in.
      if (k !== 'other' || !['requirements', 'preferred', 'responsibilities'].includes(kind)) kind = k;
      continue;
    }
    const t = line.replace(/^\s*(?:[-*•]|\d+\.)\s+/, '').trim();
    if (t.length < 2) continue;
    const parts = /^\s*[-*•]/.test(line) ? [t] : t.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý])/);
    for (const p of parts) {
      units.push({ text: p, sectionKind: kind, heading, preferred: kind === 'preferred' || CUE.test(p), index });
    }
    index++;
  }
  return units;
}

/** Header data from a remotewlb markdown header line: "#### `💰 £34,500` `🌎 remote,Scotland, UK`". */
export function headerOf(text: string): PostingHeader | null {
  const line = text.split('\n').find((l) => /^####\s+`/.test(l));
  if (!line) return null;
  const badges = [...line.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '');
  return {
    title: null,
    company: null,
    salaryText: badges.find((b) => !/🌎|üåé|ðŸŒŽ/.test(b)) ?? null,
    locationText: badges.find((b) => /🌎|üåé|ðŸŒŽ/.test(b)) ?? null,
  };
}

export interface DevCase {
  id: string;
  text: string;
  units: Unit[];
  header: PostingHeader | null;
  label: Record<string, unknown>;
}

export function devCases(): DevCase[] {
  return readdirSync(join(DEV, 'postings'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const text = repair(readFileSync(join(DEV, 'postings', f), 'utf8'));
      const label = JSON.parse(readFileSync(join(DEV, 'labels', `${id}.json`), 'utf8')) as Record<string, unknown>;
      return { id, text, units: unitsOf(text), header: headerOf(text), label };
    });
}

/** Build units by hand: [text, kind, preferred?]. */
export function u(text: string, sectionKind: SectionKind = 'requirements', preferred = false): Unit {
  return { text, sectionKind, heading: null, preferred, index: 0 };
}
