// Hacker News "Ask HN: Who is hiring?" threads (news.ycombinator.com/item?id=…). Every top-level comment
// (td.ind[indent=0], older pages: an <img width=0> spacer) is one posting whose first line is by convention
// "Company | Role | Location | Remote | Salary". A comment's own page (item?id=<comment>) is accepted when its
// "on:" link names a Who-is-hiring thread. Other threads (incl. "Who wants to be hired?") give nothing.
import { elementText } from '../text';
import type { PageExtraction } from '../types';
import type { PostingHeader } from '../../posting/types';
import { clean, onHost } from './util';

export const isHn = (u: URL): boolean => onHost(u, /^news\.ycombinator\.com$/) && u.pathname === '/item';
const HIRING = /who('|’)?s hiring|who is hiring/i;
const ROLE = /engineer|developer|scientist|designer|manager|lead\b|architect|analyst|devops|\bsre\b|founding|head of|director|product|intern|research|specialist|admin|consultant|programmer|cto|recruiter|marketer|writer/i;
const PLACE = /remote|on-?site|hybrid|in[- ]office|relocat|\b[A-Z]{2}\b|,|\b(usa|uk|eu|europe|nyc|sf|bay area|london|berlin)\b/i;
const PAY = /[$€£]\s?\d|(?<!\d)\d+\s?k\b|\bsalary\b/i;

// Header slots that are neither role nor place: "Full-time", a bare link. Real rows (fixtures/pages/hn:
// PlantingSpace, QUOBYTE) lead with "Company | Full-time | <place> | <url>" and name no role at all.
const JOB_TYPE = /^(full[- ]?time|part[- ]?time|contract(or)?|permanent|freelance|temporary|hiring|ft|pt)$/i;
const LINK = /^(\(?\s*https?:\/\/\S+\)?|[\w-]+(\.[\w-]+)+(\/\S*)?)$/i;
// "(?<!\s)": " at" is looked for only where a run of spaces starts (from inside a run it is quadratic); "(?<=^.{3})"
// keeps the one other start the lazy 3-character minimum allows.
/** "Rust developer/software engineer at NLnet foundation in Amsterdam": the prose first line (fixtures/pages/hn). */
const PROSE = /^(.{3,80}?)(?:(?<!\s)|(?<=^.{3}))\s+at\s+(.{2,60}?)(?:\s+in\s+(.{2,60}?))?[.!]?$/;

/** Splits the "A | B | C" first line into header fields; unlabelled posts keep nulls. */
export function hnHeader(firstLine: string): PostingHeader {
  const parts = firstLine.split(/(?<!\s)\s*\|\s*|\|\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) {
    const m = PROSE.exec(firstLine.trim());
    if (m && ROLE.test(m[1] ?? '')) return { title: clean(m[1]), company: clean(m[2]), salaryText: null, locationText: clean(m[3]) };
    return { title: null, company: null, salaryText: null, locationText: null };
  }
  const company = clean(parts[0]?.replace(/(?:\(|(?<!\s))\s*https?:\/\/\S+\)?/g, '') ?? null);
  const rest = parts.slice(1).filter((p) => !JOB_TYPE.test(p) && !LINK.test(p));
  const salary = rest.find((p) => PAY.test(p)) ?? null;
  const title = rest.find((p) => p !== salary && ROLE.test(p)) ?? rest.find((p) => p !== salary && !PLACE.test(p)) ?? null;
  const location = rest.filter((p) => p !== title && p !== salary && PLACE.test(p)).join(' | ') || null;
  return { title, company, salaryText: salary, locationText: location };
}

function toPosting(commtext: Element): PageExtraction | null {
  const text = elementText(commtext);
  if (text.length < 80) return null;
  const header = hnHeader(text.split('\n')[0] ?? '');
  return { text, header, source: 'board', board: 'hn' };
}

const isTopLevel = (tr: Element): boolean => {
  const ind = tr.querySelector('td.ind');
  if (!ind) return false;
  const indent = ind.getAttribute('indent');
  if (indent != null) return indent === '0';
  return ind.querySelector('img')?.getAttribute('width') === '0';
};

/** One extraction per top-level comment of a Who-is-hiring thread, in page order, each tagged with its id. */
export function extractHnPostings(doc: Document): (PageExtraction & { id?: string })[] {
  const story = clean(doc.querySelector('.fatitem .titleline, .fatitem .storylink, .fatitem .onstory')?.textContent) ?? clean(doc.title) ?? '';
  if (!HIRING.test(story)) return [];
  const own = doc.querySelector('.fatitem .onstory') ? doc.querySelector('.fatitem .commtext') : null;
  if (own) {
    // A single comment's page: the comment is the fat item; the rows below are its replies.
    const p = toPosting(own);
    return p ? [p] : [];
  }
  return hnRowPostings(doc);
}

/**
 * The top-level comment rows of a thread page, whatever the thread: the part of extractHnPostings that reads
 * HN's comment markup (test/fixtures/pages/hn holds real rows of the September 2026 thread without its header).
 */
export function hnRowPostings(doc: Document): (PageExtraction & { id?: string })[] {
  const out: (PageExtraction & { id?: string })[] = [];
  for (const tr of Array.from(doc.querySelectorAll('tr.athing.comtr'))) {
    if (!isTopLevel(tr)) continue;
    const c = tr.querySelector('.commtext');
    const p = c ? toPosting(c) : null;
    if (p) out.push({ ...p, id: tr.getAttribute('id') ?? undefined });
  }
  return out;
}
