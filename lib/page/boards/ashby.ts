// Ashby (jobs.ashbyhq.com/<org>/<uuid>): the page is a React shell; the posting is in JSON-LD and in
// `window.__appData = {...}` (posting.descriptionHtml, organization.name). The rendered DOM, when present,
// has an h1 title and a _descriptionText_ block with hashed classes, so we read the data, not the classes.
import { parseInert } from '../html';
import type { BoardAdapter, BoardRead } from '../types';
import { clean, onHost, readAnchors, titleCompany } from './util';

type AppData = {
  organization?: { name?: string };
  posting?: { title?: string; descriptionHtml?: string; locationName?: string; compensationTierSummary?: string };
};

function appData(doc: Document): AppData | null {
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const t = s.textContent ?? '';
    const i = t.indexOf('window.__appData');
    if (i < 0) continue;
    const start = t.indexOf('{', i);
    const end = t.lastIndexOf('}');
    try {
      return JSON.parse(t.slice(start, end + 1)) as AppData;
    } catch {
      return null;
    }
  }
  return null;
}

export const ashby: BoardAdapter = {
  id: 'ashby',
  matches: (u) => onHost(u, /(^|\.)ashbyhq\.com$/),
  read(doc): BoardRead | null {
    const data = appData(doc);
    const p = data?.posting;
    if (p?.descriptionHtml) {
      return {
        header: {
          title: clean(p.title),
          company: clean(data?.organization?.name),
          locationText: clean(p.locationName),
          salaryText: clean(p.compensationTierSummary),
        },
        roots: [parseInert(doc, p.descriptionHtml)],
        lead: [],
      };
    }
    const r = readAnchors(doc, { title: ['h1'], body: ['[class*="descriptionText"]'] });
    // <title> is "Senior Engineer @ Acme". The Application tab (fixtures/pages/ashby) has no description at all.
    if (r) r.header.company = titleCompany(doc, /@\s*([^|]+?)\s*$/);
    return r;
  },
};
