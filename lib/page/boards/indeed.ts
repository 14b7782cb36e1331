// Indeed (/viewjob?jk=…, and search pages with the job in the right pane: ?vjk=…). Anchored on data-testid
// attributes and #jobDescriptionText, which have outlived several restylings; the title carries a screen-reader
// suffix " - job post" that we drop.
import type { BoardAdapter } from '../types';
import { clean, onHost, readAnchors } from './util';

export const indeed: BoardAdapter = {
  id: 'indeed',
  // (^|\.)indeed\.[a-z.]+$ checked back from the end: written forwards, it rescans the tail per "indeed.".
  matches: (u) => onHost(u, /[a-z.]$(?<=(^|\.)indeed\.[a-z.]+)/),
  read(doc) {
    const r = readAnchors(doc, {
      title: [
        '[data-testid="jobsearch-JobInfoHeader-title"]', 'h1.jobsearch-JobInfoHeader-title',
        '.jobsearch-JobInfoHeader-title', '[data-testid="simpler-jobTitle"]',
      ],
      company: ['[data-company-name="true"]', '[data-testid="inlineHeader-companyName"]', '.jobsearch-CompanyInfoContainer a'],
      location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '#jobLocationText', '.jobsearch-JobInfoHeader-subtitle > div:last-child'],
      salary: ['#salaryInfoAndJobType', '[data-testid="jobsearch-OtherJobDetailsContainer"]'],
      body: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
    });
    if (r) r.header.title = clean(r.header.title?.replace(/(?<!\s)\s*-\s*job post\s*$/i, '') ?? null);
    return r;
  },
};
