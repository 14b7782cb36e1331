// schema.org JobPosting in <script type="application/ld+json">: the most stable source a board offers.
import type { PostingHeader } from '../posting/types';
import { clean } from './dom';
import { decodeEntities, htmlToText } from './html';
import { locationText, salaryText, str, texts } from './jsonld-format';

type Node = Record<string, unknown>;

/** Parses one block, tolerating what real pages ship: entity-encoded quotes, raw newlines in strings, comments. */
export function parseBlock(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  const attempts = [text, text.replace(/[\u0000-\u001f]+/g, ' ')];
  if (/&quot;|&#34;|&#x22;/i.test(text)) attempts.push(decodeEntities(text).replace(/[\u0000-\u001f]+/g, ' '));
  for (const a of attempts) {
    try {
      return JSON.parse(a);
    } catch {
      // try the next repair; a broken block must not hide the others
    }
  }
  return null;
}

const isJobPosting = (n: Node): boolean =>
  (Array.isArray(n['@type']) ? n['@type'] : [n['@type']]).some(
    (t) => typeof t === 'string' && /(^|[/:])JobPosting$/i.test(t.trim()),
  );

function collect(v: unknown, out: Node[], depth = 0): void {
  if (depth > 6 || v == null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  const n = v as Node;
  if (isJobPosting(n)) out.push(n);
  else for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) collect(n[k], out, depth + 1);
}

export function findJobPostings(doc: Document): Node[] {
  const out: Node[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    collect(parseBlock(s.textContent ?? ''), out);
  }
  return out;
}

export interface JsonLdRead {
  header: PostingHeader;
  /** The description as posting text (without the title line). */
  body: string;
}

export function readJobPosting(doc: Document, n: Node): JsonLdRead {
  const org = n.hiringOrganization;
  const header: PostingHeader = {
    title: clean(decodeEntities(str(n.title) ?? str(n.name) ?? '')),
    company: clean(decodeEntities(str(org) ?? '')),
    salaryText: salaryText(n.baseSalary) ?? salaryText(n.estimatedSalary),
    locationText: locationText(n),
  };
  // Any JSON type: a list's items are read in order, an object's text is read, anything else is ignored.
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const [heading, field] of FIELDS) {
    const fresh = texts(n[field]).map((d) => htmlToText(doc, d)).filter((d) => d !== '' && !seen.has(d));
    if (fresh.length === 0) continue;
    for (const d of fresh) seen.add(d);
    // Each field under its own heading, as a page shows it: the parser then knows qualifications from duties.
    parts.push(heading ? `${heading}\n${fresh.join('\n\n')}` : fresh.join('\n\n'));
  }
  return { header, body: parts.join('\n\n') };
}

/** The schema.org JobPosting fields that hold posting text, with the heading each is read under. */
const FIELDS: [string, string][] = [
  ['', 'description'],
  ['Qualifications', 'qualifications'],
  ['Skills', 'skills'],
  ['Education', 'educationRequirements'],
  ['Experience', 'experienceRequirements'],
  ['Responsibilities', 'responsibilities'],
];

const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The JobPosting the page is about: the only one, or the one whose title is the page's h1. */
export function readJsonLd(doc: Document): JsonLdRead | null {
  const postings = findJobPostings(doc);
  if (postings.length === 0) return null;
  let chosen = postings[0];
  if (postings.length > 1) {
    const h1 = norm(doc.querySelector('h1')?.textContent);
    chosen = postings.find((p) => h1 !== '' && norm(str(p.title)) === h1) ?? (sameTitle(postings) ? chosen : undefined);
  }
  return chosen ? readJobPosting(doc, chosen) : null;
}

function sameTitle(ps: Node[]): boolean {
  return new Set(ps.map((p) => norm(str(p.title)))).size === 1;
}
