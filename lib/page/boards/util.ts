// Shared pieces of the board adapters.
import type { PostingHeader } from '../../posting/types';
import { clean, first, firstText } from '../dom';
import type { BoardRead } from '../types';

export const host = (url: URL): string => url.hostname.toLowerCase().replace(/^www\./, '');
export const onHost = (url: URL, re: RegExp): boolean => re.test(host(url));

export interface Anchors {
  title: string[];
  company?: string[];
  location?: string[];
  salary?: string[];
  /** Body containers; every match of the first selector that matches anything, in page order. */
  body: string[];
  /** Extra short lines shown in the board's header (job type, badges). */
  lead?: string[];
}

/** Reads a board page from selector lists ordered from most to least stable anchor. */
export function readAnchors(doc: Document, a: Anchors): BoardRead | null {
  const header: PostingHeader = {
    title: firstText(doc, a.title),
    company: a.company ? stripAt(firstText(doc, a.company)) : null,
    locationText: a.location ? firstText(doc, a.location) : null,
    // A salary slot without a figure holds the job type instead (Indeed's #salaryInfoAndJobType: "Full-time").
    salaryText: a.salary ? (firstText(doc, a.salary)?.match(/\d/) ? firstText(doc, a.salary) : null) : null,
  };
  let roots: Element[] = [];
  for (const sel of a.body) {
    try {
      roots = Array.from(doc.querySelectorAll(sel));
    } catch {
      roots = [];
    }
    roots = roots.filter((r) => !roots.some((o) => o !== r && o.contains(r)));
    if (roots.length) break;
  }
  const lead = (a.lead ?? []).map((s) => firstText(doc, [s])).filter((s): s is string => !!s);
  if (!header.title && roots.length === 0) return null;
  return { header, roots, lead };
}

/** Greenhouse writes "at Acme" in .company-name. */
export const stripAt = (s: string | null): string | null => clean(s?.replace(/^at\s+/i, '') ?? null);

export { clean, first, firstText };

/** A company read out of <title> or og:title with a board-specific pattern (group 1). */
export function titleCompany(doc: Document, re: RegExp): string | null {
  for (const t of [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '']) {
    const m = re.exec(t ?? '');
    if (m?.[1]) return clean(m[1]);
  }
  return null;
}
