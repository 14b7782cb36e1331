// Reads the pasted text of a CV: which taxonomy skills it names and, where the CV says so, for how long.
// Pure TS (no DOM): the skill recognition is the taxonomy matcher, the same one used on job postings.
// Years come from, in order of trust:
//   1. an explicit statement next to the skill: "5 years of Python", "Python (3 yrs)", "Go: 2+ years";
//   2. the date ranges of the CV's entries: "2019–2023 … Kubernetes" counts the range for every skill named
//      in that entry (from the line with the range up to the next line with a range or the next section heading:
//      the Skills or Education lines after the last job are not part of it). Ranges under an Education,
//      Certifications, Courses, Projects… heading are not jobs and count for nothing. Overlapping ranges are
//      counted once.
import { coveredMonths, roundYears } from '../import/proposal';
import type { SkillMatch } from '../posting/types';

export interface CvSkill {
  id: string;
  name: string;
  /** Years of experience the CV states or implies; null when it says nothing about duration. */
  years: number | null;
  /** How the years were found, to show the user why a number was proposed. */
  source: 'stated' | 'dates' | null;
  /** The words of the CV that matched, first occurrence (e.g. "k8s"). */
  surface: string;
  mentions: number;
  /** What the years rest on, for the review: "“5 years of Python”" or "2017–2025 at Acme, 2015–2017 at Beta". */
  evidence: string | null;
}

export type Matcher = (text: string) => SkillMatch[];

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const NUM = String.raw`(\d{1,2}(?:[.,]\d)?|${Object.keys(NUMBER_WORDS).join('|')})\s*\+?`;
const YEARS = String.raw`(?:years?|yrs?\.?)`;
/** "5 years of", "5+ yrs experience with", "3 years' hands-on" immediately before the skill. */
const BEFORE = new RegExp(
  String.raw`\b${NUM}\s*${YEARS}'?(?:\s+(?:of|in|with|using|working|professional|commercial|hands-on|industry|experience|exp\.?|as|a|an|the|and))*\s*[(:\-–]?\s*$`,
  'i',
);
/** "Python (3 yrs)", "Go: 2+ years", "Rust - 4 years", "Java, 6 years" immediately after the skill. */
const AFTER = new RegExp(String.raw`^\s*(?:\(|:|-|–|—|,)?\s*${NUM}\s*${YEARS}(?![a-z])`, 'i');

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTH_INDEX = (m: string) => ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m.slice(0, 3).toLowerCase());
const POINT = String.raw`(?:(${MONTHS})[a-z]*\.?\s+|(\d{1,2})\s*[/.]\s*)?((?:19|20)\d\d)`;
const NOW_WORDS = 'present|now|today|current|currently|ongoing|date';
/** "2019–2023", "Jan 2019 - Mar 2021", "03/2018 – present", "2020 to now". */
const RANGE = new RegExp(String.raw`${POINT}\s*(?:-|–|—|to|until|till)\s*(?:${POINT}|(${NOW_WORDS})\b)`, 'gi');

const MAX_YEARS = 60;

function toNumber(raw: string): number {
  const w = NUMBER_WORDS[raw.toLowerCase()];
  return w ?? Number(raw.replace(',', '.'));
}

/** Explicit years stated right before or after a match on the same line, with the words that state them, or null. */
function stated(text: string, m: Pick<SkillMatch, 'start' | 'end'>): { years: number; phrase: string } | null {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const nl = text.indexOf('\n', m.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const before = text.slice(Math.max(lineStart, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(lineEnd, m.end + 30));
  const a = AFTER.exec(after);
  const b = a ? null : BEFORE.exec(before);
  const hit = a ?? b;
  if (!hit?.[1]) return null;
  const n = toNumber(hit[1]);
  if (!(Number.isFinite(n) && n > 0 && n <= MAX_YEARS)) return null;
  const from = b ? m.start - before.length + b.index : m.start;
  let to = a ? m.end + a.index + a[0].length : m.end;
  // "Python (3 yrs)": close the bracket the phrase opened.
  if (text[to] === ')' && text.slice(from, to).includes('(')) to++;
  return { years: n, phrase: text.slice(from, to).replace(/\s+/g, ' ').trim() };
}

/** Explicit years stated right before or after a match on the same line, or null. */
export function statedYears(text: string, m: Pick<SkillMatch, 'start' | 'end'>): number | null {
  return stated(text, m)?.years ?? null;
}

interface Span {
  /** Months since year 0, inclusive start and exclusive end. */
  from: number;
  to: number;
  /** Character offsets of the CV entry the range heads. */
  start: number;
  end: number;
  /** The range as the CV writes its years: "2019–2023", "2020–now". */
  range: string;
  /** Where it was: the range's line without the range ("Senior Engineer, Acme"), else the line above it. */
  place: string | null;
}

function month(monthName: string | undefined, monthNum: string | undefined, year: string, isEnd: boolean): number {
  const y = Number(year) * 12;
  if (monthName) return y + MONTH_INDEX(monthName) + (isEnd ? 1 : 0);
  const n = monthNum ? Number(monthNum) : NaN;
  if (n >= 1 && n <= 12) return y + n - 1 + (isEnd ? 1 : 0);
  return y; // a bare year: "2019–2023" reads as four years
}

// Section headings: the heading alone on its line ("SKILLS", "## Education", "**Languages**") or followed by a
// colon ("Skills: Go, SQL"). Bullets are not allowed before it, so a job's own "- Skills used: Go" stays in the job.
const JOB_SECTION = String.raw`(?:professional |work |relevant |employment )?(?:experience|employment(?: history)?|work history|career(?: history)?)`;
const DATED_OTHER = String.raw`education(?: (?:and|&) \w+)?|academic (?:background|history)|qualifications?|certifications?|certificates?|licen[cs]es?(?: (?:and|&) certifications?)?|courses|training|(?:personal |side )?projects|publications|awards|honou?rs|volunteering|volunteer (?:work|experience)`;
const PLAIN = String.raw`(?:technical |key |core |other |additional )?(?:skills|competenc(?:e|es|ies)|technologies|tools)(?: (?:and|&) \w+)?|(?:spoken )?languages|interests|hobbies|references|summary|profile|about me`;
const HEADING = new RegExp(String.raw`^[ \t#*_=]*(?:(${JOB_SECTION})|(${DATED_OTHER})|(?:${PLAIN}))[ \t*_]*(?::|$)`, 'i');

interface Heading {
  start: number;
  /** Under this heading, date ranges are not jobs (education, certifications, projects…). */
  notJobs: boolean;
}

function headings(text: string): Heading[] {
  const out: Heading[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const m = line.length < 80 ? HEADING.exec(line) : null;
    if (m) out.push({ start, notJobs: !m[1] && !!m[2] });
    start += line.length + 1;
  }
  return out;
}

const PLACE_TRIM = /^[\s|,;:·•–—\-()[\]]+|[\s|,;:·•–—\-()[\]]+$/g;
const MAX_PLACE = 60;

function placeOf(text: string, lineStart: number, range: string): string | null {
  const lineOf = (start: number) => text.slice(start, (text.indexOf('\n', start) + 1 || text.length + 1) - 1);
  const clean = (line: string) => line.replace(/[#*_]+/g, ' ').replace(/\s+/g, ' ').replace(PLACE_TRIM, '');
  let place = clean(lineOf(lineStart).replace(range, ' '));
  for (let at = lineStart - 1; !place && at > 0; ) {
    const prev = text.lastIndexOf('\n', at - 1) + 1;
    place = clean(lineOf(prev));
    if (place && HEADING.test(lineOf(prev))) place = '';
    if (place || prev === 0) break;
    at = prev - 1;
  }
  if (!place) return null;
  return place.length > MAX_PLACE ? `${place.slice(0, MAX_PLACE - 1).trimEnd()}…` : place;
}

/** The CV's dated jobs: each range line and the lines after it, up to the next range line or section heading. */
export function datedSpans(text: string, now: Date): Span[] {
  const found: Omit<Span, 'end'>[] = [];
  const heads = headings(text);
  const starts: number[] = [];
  const nowMonth = now.getFullYear() * 12 + now.getMonth() + 1;
  for (const r of text.matchAll(RANGE)) {
    const from = month(r[1], r[2], r[3]!, false);
    const to = r[7] ? nowMonth : month(r[4], r[5], r[6]!, true);
    if (to < from || to - from > MAX_YEARS * 12) continue;
    // A same-year entry ("2021 – 2021") still counts as some experience: call it a year.
    const span = to === from ? 12 : to - from;
    const lineStart = text.lastIndexOf('\n', r.index - 1) + 1;
    if (starts[starts.length - 1] === lineStart) continue; // one range per line
    starts.push(lineStart);
    const under = heads.filter((h) => h.start <= lineStart).pop();
    if (!under?.notJobs) found.push({ from, to: from + span, start: lineStart, range: `${r[3]}–${r[7] ? 'now' : r[6]}`, place: placeOf(text, lineStart, r[0]) });
  }
  // Every range line, job or not, and every heading closes the entry before it.
  const bounds = [...starts, ...heads.map((h) => h.start)].sort((a, b) => a - b);
  return found.map((s) => ({ ...s, end: bounds.find((b) => b > s.start) ?? text.length }));
}

/** Skills named in the CV, in order of first mention, with years where the CV gives them. */
export function readCv(text: string, match: Matcher, now: Date = new Date()): CvSkill[] {
  const spans = datedSpans(text, now);
  type Acc = CvSkill & { stated: { years: number; phrase: string } | null; spans: Span[] };
  const bySkill = new Map<string, Acc>();
  for (const m of match(text)) {
    let s = bySkill.get(m.id);
    if (!s) {
      s = { id: m.id, name: m.name, years: null, source: null, surface: m.surface, mentions: 0, evidence: null, stated: null, spans: [] };
      bySkill.set(m.id, s);
    }
    s.mentions++;
    const st = stated(text, m);
    if (st && st.years > (s.stated?.years ?? 0)) s.stated = st;
    const span = spans.find((sp) => m.start >= sp.start && m.start < sp.end);
    if (span && !s.spans.some((x) => x.from === span.from && x.to === span.to)) s.spans.push(span);
  }
  return [...bySkill.values()].map(({ stated: st, spans: used, ...s }) => {
    if (st) return { ...s, years: st.years, source: 'stated' as const, evidence: `“${st.phrase}”` };
    if (!used.length) return s;
    const years = roundYears(coveredMonths(used.map((x) => [x.from, x.to] as const)));
    const evidence = [...used].sort((a, b) => b.from - a.from).map((x) => (x.place ? `${x.range} at ${x.place}` : x.range)).join(', ');
    return { ...s, years, source: 'dates' as const, evidence };
  });
}
