// Welcome to the Jungle (welcometothejungle.com/<lang>/companies/<co>/jobs/<slug>) and Otta, now served as
// app.welcometothejungle.com / app.otta.com. Pages ship JSON-LD; the DOM anchors are data-testid blocks
// (job-section-description, job-section-experience, …) and the company link /companies/<slug>.
import type { BoardAdapter } from '../types';
import { onHost, readAnchors } from './util';

export const wttj: BoardAdapter = {
  id: 'wttj',
  matches: (u) => onHost(u, /(^|\.)(welcometothejungle\.com|otta\.com)$/),
  read(doc) {
    return readAnchors(doc, {
      title: ['[data-testid="job-header-title"]', '[data-testid="job-title"]', 'h2[data-testid]', 'h1'],
      company: ['[data-testid="job-header-company-name"]', '[data-testid="company-name"]', 'a[href*="/companies/"] span', 'a[href*="/companies/"]'],
      location: ['[data-testid="job-metadata-block"] [name="location"]', '[data-testid="job-location"]'],
      salary: ['[data-testid="job-metadata-block"] [name="salary"]', '[data-testid="salary"]'],
      body: ['[data-testid^="job-section"]', '[data-testid="job-description"]', 'main'],
    });
  },
};
