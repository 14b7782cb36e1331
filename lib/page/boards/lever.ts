// Lever (jobs.lever.co/<company>/<uuid>): .posting-headline h2 is the title; the description is a
// [data-qa=job-description] block followed by .section.page-centered blocks with <h3> list headings.
// <title> is "Acme - Senior Engineer", so the company is the part before the title.
import type { BoardAdapter } from '../types';
import { clean, onHost, readAnchors } from './util';

export const lever: BoardAdapter = {
  id: 'lever',
  matches: (u) => onHost(u, /(^|\.)lever\.co$/),
  read(doc) {
    const r = readAnchors(doc, {
      title: ['.posting-headline h2', '[data-qa="posting-name"]', '.posting-header h2', 'h2'],
      location: ['.posting-categories .location', '.sort-by-time.posting-category', '.location'],
      lead: ['.posting-categories .commitment', '.posting-categories .workplaceTypes'],
      body: ['.posting-page .content', '.content .section-wrapper', '[data-qa="job-description"]'],
    });
    if (!r) return null;
    const title = r.header.title;
    const page = clean(doc.title) ?? '';
    if (title && page.endsWith(title)) r.header.company = clean(page.slice(0, -title.length).replace(/(?<!\s)\s*[-–|]\s*$/, ''));
    if (!r.header.company) r.header.company = clean(doc.querySelector('.main-header-logo img')?.getAttribute('alt'));
    return r;
  },
};
