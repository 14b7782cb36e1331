// LinkedIn job view (/jobs/view/<id>) and search pages whose detail pane shows ?currentJobId=<id>.
// Guest pages use .top-card-layout__title / .topcard__org-name-link / .show-more-less-html__markup
// (test/fixtures/pages/linkedin); the signed-in SPA uses job-details-jobs-unified-top-card__* and #job-details.
// The SPA keeps the first job's JSON-LD while the pane changes, so index.ts checks it against this title.
import type { BoardAdapter } from '../types';
import { onHost, readAnchors } from './util';

export const linkedin: BoardAdapter = {
  id: 'linkedin',
  matches: (u) => onHost(u, /(^|\.)linkedin\.com$/) && (/^\/jobs\//.test(u.pathname) || u.searchParams.has('currentJobId')),
  read(doc) {
    return readAnchors(doc, {
      title: [
        '.top-card-layout__title', '.topcard__title', '.job-details-jobs-unified-top-card__job-title',
        '.jobs-unified-top-card__job-title', '.jobs-details h1', 'h1',
      ],
      company: [
        '.topcard__org-name-link', '.top-card-layout__second-subline .topcard__flavor',
        '.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name',
      ],
      location: [
        '.topcard__flavor--bullet', '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
        '.jobs-unified-top-card__bullet',
      ],
      salary: ['.compensation__salary', '.salary', '#SALARY'],
      body: ['.show-more-less-html__markup', '.description__text', '#job-details', '.jobs-description__content', '.jobs-box__html-content'],
    });
  },
};
