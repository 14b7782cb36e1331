// Welcome to the Jungle (welcometothejungle.com/<lang>/companies/<co>/jobs/<slug>) and Otta, now served as
// app.welcometothejungle.com / app.otta.com. Pages ship JSON-LD; the DOM anchors are data-testid blocks
// (job-section-description, job-section-experience, …) and the company link /companies/<slug>.
import type { BoardAdapter } from '../types';
import { host, readAnchors } from './util';

/** Job pages only: the sites' other pages (lists, company profiles, articles) leave the script idle. */
export function isWttjJob(u: URL): boolean {
  const h = host(u);
  if (h === 'welcometothejungle.com') return /^\/[a-z]{2}(?:-[a-z]{2})?\/companies\/[^/]+\/jobs\/[^/]+/i.test(u.pathname);
  if (h === 'app.welcometothejungle.com' || h === 'app.otta.com') return /^\/jobs\/[^/]+/.test(u.pathname);
  return false;
}

export const wttj: BoardAdapter = {
  id: 'wttj',
  matches: isWttjJob,
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
