// Greenhouse hosted boards. Old layout (boards.greenhouse.io): #header .app-title / .company-name / #content.
// New layout (job-boards.greenhouse.io, 2024-): .job__title h1, .job__location, .job__description.
// Both also ship JSON-LD, which index.ts prefers; these anchors are the fallback and the stale-JSON-LD check.
import type { BoardAdapter } from '../types';
import { onHost, readAnchors, titleCompany } from './util';

export const greenhouse: BoardAdapter = {
  id: 'greenhouse',
  // gh_jid: a company site embedding its Greenhouse board (the posting itself is then in a greenhouse iframe).
  matches: (u) => onHost(u, /(^|\.)greenhouse\.io$/) || u.searchParams.has('gh_jid'),
  read(doc) {
    const r = readAnchors(doc, {
      title: ['.app-title', '.job__title h1', '[class*="job__title"] h1', '.job-title', 'h1'],
      company: ['.company-name', '[class*="company-name"]'],
      location: ['.job__location', '#header .location', '.location'],
      body: ['.job__description', '#content', '[class*="job__description"]', '.job-post'],
    });
    // "Job Application for Senior Engineer at Acme" is the <title> of both layouts.
    if (r && !r.header.company) r.header.company = titleCompany(doc, /(?<!\s)\s+at\s+([^|]+?)\s*$/);
    return r;
  },
};
