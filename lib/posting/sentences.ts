// The sentence a stated minimum was read from, kept in the record (PostingRecord.sentences) so that a dealbreaker
// can show it. The extractors decide the value; this only finds the first unit that states that value, so it
// cannot change what the parser reads.
import type { Degree } from '../schemas';
import type { Unit } from './types';

const MAX = 600;
const cut = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s.trim());
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const DEGREE_WORDS: Record<NonNullable<Degree>, RegExp> = {
  bachelor: /\b(?:bachelor|BSc|B\.S\.|BS|BA|B\.A\.|B\.Eng|undergraduate|degree|Studium|licence|licenciatura|diplôme|diploma)/i,
  master: /\b(?:master|MSc|M\.S\.|MS|MA|M\.Eng|MBA|graduate degree|advanced degree|degree)/i,
  phd: /\b(?:PhD|Ph\.D|doctorate|doctoral)/i,
};

function first(units: Unit[], re: RegExp): string | undefined {
  const u = units.find((x) => x.text.length <= 5000 && re.test(x.text));
  return u && cut(u.text);
}

/** The sentences of the minimum years, the degree and the first spoken language asked, where a unit states them. */
export function statedSentences(
  units: Unit[],
  found: { minYears: number | null; degree: Degree; languages: string[] },
): { minYears?: string; degree?: string; languages?: string } {
  const out: { minYears?: string; degree?: string; languages?: string } = {};
  if (found.minYears != null) {
    const s = first(units, new RegExp(String.raw`\b${escape(String(found.minYears))}\s*(?:\+|plus)?\s*(?:years?|yrs?|Jahre|ans|años|jaar)`, 'i'));
    if (s) out.minYears = s;
  }
  if (found.degree) {
    const s = first(units, DEGREE_WORDS[found.degree]);
    if (s) out.degree = s;
  }
  if (found.languages.length) {
    const s = first(units, new RegExp(String.raw`(?<![\p{L}])${escape(found.languages[0]!)}(?![\p{L}])`, 'iu'));
    if (s) out.languages = s;
  }
  return out;
}
