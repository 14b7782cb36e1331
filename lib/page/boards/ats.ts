// Applicant tracking systems that host employers' career sites. Their job pages carry schema.org JobPosting
// JSON-LD, which lib/page/index.ts prefers; the anchors here are the fallback when a page ships none (or a short
// one) and give the header the user sees. Each adapter applies to job pages only (a host plus a job path), so the
// content script stays idle on the sites' lists and on the employers' own apps.
import type { Board, BoardAdapter } from '../types';
import { host, readAnchors, type Anchors } from './util';

interface Ats {
  id: Board;
  /** The host, without www. */
  host: RegExp;
  /** A job page's path on that host. */
  path: RegExp;
  anchors: Partial<Anchors>;
}

const TITLE = ['h1'];
const BODY = ['main', '[role="main"]'];

const ATS: Ats[] = [
  {
    id: 'workable',
    host: /^apply\.workable\.com$/,
    path: /^\/[^/]+\/j\/[^/]+/,
    anchors: {
      title: ['[data-ui="job-title"]', 'h1'],
      body: ['[data-ui="job-description"], [data-ui="job-requirements"], [data-ui="job-benefits"]', ...BODY],
    },
  },
  {
    id: 'smartrecruiters',
    host: /^jobs\.smartrecruiters\.com$/,
    path: /^\/[^/]+\/\d{6,}/,
    anchors: {
      title: ['h1.job-title', 'h1'],
      company: ['[itemprop="hiringOrganization"] [itemprop="name"]'],
      location: ['spl-job-location', '[itemprop="jobLocation"]'],
      body: ['#st-jobDescription, #st-qualifications, #st-additionalInformation', '[itemprop="description"]', ...BODY],
    },
  },
  { id: 'recruitee', host: /^[^.]+\.recruitee\.com$/, path: /^\/o\/[^/]+/, anchors: {} },
  { id: 'teamtailor', host: /^[^.]+\.teamtailor\.com$/, path: /^\/jobs\/\d+/, anchors: {} },
  { id: 'personio', host: /^[^.]+\.jobs\.personio\.(?:de|com)$/, path: /^\/job\/\d+/, anchors: {} },
  { id: 'join', host: /^join\.com$/, path: /^\/companies\/[^/]+\/\d+/, anchors: {} },
  { id: 'bamboohr', host: /^[^.]+\.bamboohr\.com$/, path: /^\/(?:careers\/\d+|jobs\/view\.php)/, anchors: {} },
  { id: 'breezy', host: /^[^.]+\.breezy\.hr$/, path: /^\/p\/[^/]+/, anchors: { body: ['.description', ...BODY] } },
  {
    id: 'jobvite',
    host: /^jobs\.jobvite\.com$/,
    path: /^\/[^/]+\/job\/[^/]+/,
    anchors: { title: ['.jv-header', 'h1'], body: ['.jv-job-detail-description', ...BODY] },
  },
  {
    id: 'icims',
    host: /^[^.]+\.icims\.com$/,
    path: /^\/jobs\/\d+/,
    anchors: { title: ['.iCIMS_Header', 'h1'], body: ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job', ...BODY] },
  },
  { id: 'wellfound', host: /^wellfound\.com$/, path: /^\/(?:company\/[^/]+\/)?jobs\/\d+/, anchors: {} },
];

const adapter = (a: Ats): BoardAdapter => ({
  id: a.id,
  matches: (u) => a.host.test(host(u)) && a.path.test(u.pathname),
  read: (doc) => readAnchors(doc, { title: TITLE, body: BODY, ...a.anchors }),
});

export const ATS_ADAPTERS: BoardAdapter[] = ATS.map(adapter);
