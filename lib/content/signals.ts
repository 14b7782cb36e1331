// The every-site detector's first look, before any extraction: a page is read only if it says it is a job posting
// (schema.org JobPosting as JSON-LD or microdata) or its address is a job address (/jobs/…, /careers/…, /stellen…).
// Everything else (almost every page a person visits) costs a few selector queries and is left alone. Pages that
// pass still have to convince extractPage (JSON-LD, or the generic path's looksLikePosting).
import { JOB_URL } from '../page/generic';

/** JSON-LD blocks are read up to this length here; extractPage reads them fully once the page passes. */
const MAX_LD_SCAN = 200_000;
const JOB_POSTING_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?JobPosting"/;

export function hasPostingSignals(doc: Document, url: string): boolean {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (JOB_POSTING_TYPE.test((s.textContent ?? '').slice(0, MAX_LD_SCAN))) return true;
  }
  if (doc.querySelector('[itemtype*="schema.org/JobPosting" i]')) return true;
  try {
    const u = new URL(url);
    return JOB_URL.test(u.pathname + u.search);
  } catch {
    return false;
  }
}
