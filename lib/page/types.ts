import type { PostingHeader } from '../posting/types';

export type Board =
  | 'remotewlb'
  | 'linkedin'
  | 'indeed'
  | 'greenhouse'
  | 'lever'
  | 'ashby'
  | 'workday'
  | 'seek'
  | 'wttj'
  | 'stepstone'
  | 'hn'
  | 'workable'
  | 'smartrecruiters'
  | 'recruitee'
  | 'teamtailor'
  | 'personio'
  | 'join'
  | 'bamboohr'
  | 'breezy'
  | 'jobvite'
  | 'icims'
  | 'wellfound';

export interface PageExtraction {
  /** The posting's text: "## heading" lines, "- item" lines, paragraphs separated by blank lines. */
  text: string;
  header: PostingHeader;
  source: 'jsonld' | 'board' | 'generic';
  board: Board | null;
}

/** What a board adapter reads from its page: where the posting's body is, and the header it shows. */
export interface BoardRead {
  /** The elements holding the description, in page order; empty when the page has none (then JSON-LD or nothing). */
  roots: (Element | DocumentFragment)[];
  header: PostingHeader;
  /** Short header lines (badges, location, job type) shown above the description on the board. */
  lead: string[];
}

export interface BoardAdapter {
  id: Board;
  matches(url: URL): boolean;
  read(doc: Document, url: URL): BoardRead | null;
}

export const emptyHeader = (): PostingHeader => ({ title: null, company: null, salaryText: null, locationText: null });
