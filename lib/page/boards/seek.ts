// SEEK (seek.com.au / seek.co.nz /job/<id>, or search pages with ?jobId=): data-automation attributes are
// SEEK's own test hooks and survive their restylings; class names are hashed. SEEK now also serves from
// au.seek.com / nz.seek.com (fixtures/pages/seek: og:url https://au.seek.com/job/93856863).
import type { BoardAdapter } from '../types';
import { onHost, readAnchors } from './util';

export const seek: BoardAdapter = {
  id: 'seek',
  matches: (u) => onHost(u, /(^|\.)seek\.(com\.au|co\.nz|com)$/),
  read(doc) {
    return readAnchors(doc, {
      title: ['[data-automation="job-detail-title"]', 'h1[data-automation]', 'h1'],
      company: ['[data-automation="advertiser-name"]'],
      location: ['[data-automation="job-detail-location"]'],
      salary: ['[data-automation="job-detail-salary"]'],
      lead: ['[data-automation="job-detail-work-type"]', '[data-automation="job-detail-classifications"]'],
      body: ['[data-automation="jobAdDetails"]'],
    });
  },
};
