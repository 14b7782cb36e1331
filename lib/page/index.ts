// Document + URL → the posting's text and header. Order: a board adapter chosen by URL reads its anchors;
// JSON-LD is preferred for text and header when it describes the job on screen; otherwise the board's DOM;
// otherwise the generic main-content path, which must also convince looksLikePosting (precision over recall).
import type { PostingHeader } from '../posting/types';
import { ADAPTERS } from './boards';
import { extractHnPostings, isHn } from './boards/hn';
import { genericHeader, genericText, looksLikePosting, mainRoot } from './generic';
import { readJsonLd } from './jsonld';
import { elementText, tidy } from './text';
import type { BoardRead, PageExtraction } from './types';

export type { Board, PageExtraction } from './types';
export { extractHnPostings } from './boards/hn';

const MIN_BODY = 150;

function toUrl(url: string | null): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** Employer profile names carry a board suffix: Indeed shows "Canonical - Jobs" (fixtures/pages/indeed). */
const company = (c: string | null): string | null => c?.replace(/(?<!\s)\s+[-–|]\s+(jobs|careers|hiring)$/i, '').trim() || null;

type H = PostingHeader | null | undefined;
const pick = <K extends keyof PostingHeader>(k: K, hs: H[]): string | null => hs.find((h) => h?.[k])?.[k] ?? null;

/** Field by field, the first source that has a value. */
function merge(...hs: H[]): PostingHeader {
  return { title: pick('title', hs), company: company(pick('company', hs)), salaryText: pick('salaryText', hs), locationText: pick('locationText', hs) };
}

/**
 * JSON-LD and a board's header together: the board's anchored title/company are what the user sees (Indeed's
 * JSON-LD names "Canonical - Jobs" where the page shows "Canonical"), JSON-LD's salary and location are cleaner.
 */
function mergeLd(ld: H, board: H): PostingHeader {
  return {
    title: pick('title', [board, ld]),
    company: company(pick('company', [board, ld])),
    salaryText: pick('salaryText', [ld, board]),
    locationText: pick('locationText', [ld, board]),
  };
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** Same job? Titles differ in decoration ("(m/w/d)", "- job post"), so containment counts as the same. */
const sameTitle = (a: string, b: string): boolean => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

/** Title, company and the header badges as lead lines, then the body: the shape of a seed posting. */
function compose(h: PostingHeader, lead: string[], body: string): string {
  const top = [h.title, h.company, h.locationText, h.salaryText, ...lead].filter((l): l is string => !!l);
  const head = top.filter((l, i) => top.indexOf(l) === i && !body.slice(0, 400).includes(l));
  return tidy([...head.flatMap((l) => [l, '']), ...body.split('\n')]);
}

const boardBody = (r: BoardRead): string => r.roots.map((root) => elementText(root)).filter(Boolean).join('\n\n');

export function extractPage(doc: Document, url: string | null): PageExtraction | null {
  const u = toUrl(url);
  if (u && isHn(u)) {
    const all = extractHnPostings(doc);
    const id = u.hash.replace(/^#/, '');
    const chosen = all.find((p) => p.id === id) ?? all[0];
    if (!chosen) return null;
    const { id: _id, ...posting } = chosen;
    return posting;
  }
  const adapter = u ? ADAPTERS.find((a) => a.matches(u)) ?? null : null;
  const board = adapter?.id ?? null;
  const read = adapter && u ? adapter.read(doc, u) : null;
  const ld = readJsonLd(doc);
  // A single-page app (LinkedIn) keeps the first job's JSON-LD after the user opens another job.
  const stale = !!(ld?.header.title && read?.header.title && !sameTitle(ld.header.title, read.header.title));
  if (ld && !stale && ld.body.length >= MIN_BODY) {
    const header = mergeLd(ld.header, read?.header);
    return { text: compose(header, read?.lead ?? [], ld.body), header, source: 'jsonld', board };
  }
  const body = read ? boardBody(read) : '';
  if (read && body.length >= MIN_BODY) {
    const header = merge(read.header, stale ? null : ld?.header);
    return { text: compose(header, read.lead, body), header, source: 'board', board };
  }
  const root = mainRoot(doc);
  if (!root) return null;
  const text = genericText(doc, root);
  if (!(ld && !stale) && !looksLikePosting(doc, u, text)) return null;
  const header = merge(read?.header, stale ? null : ld?.header, genericHeader(doc, root));
  return { text, header, source: 'generic', board };
}
