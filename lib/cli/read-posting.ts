import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extractPage } from '../page/index';
import { parsePosting } from '../posting/index';
import type { PostingRecord } from '../schemas';

export interface ReadResult {
  record: PostingRecord;
  /** Set when an .html file held no posting: the record is then empty. */
  warning?: string;
}

/** Reads one posting file the way the extension reads a page: .html through page extraction, text as is. */
export async function readPostingFile(file: string, url: string | null = null): Promise<ReadResult> {
  const content = await readFile(file, 'utf8');
  if (extname(file).toLowerCase() !== '.html' && extname(file).toLowerCase() !== '.htm') {
    return { record: parsePosting(content, { url }) };
  }
  // Loaded only for pages: the DOM library is most of a start-up's work, and most files given are text.
  const { parseHtmlFile } = await import('../page/node');
  const page = extractPage(parseHtmlFile(content), url);
  if (!page) return { record: parsePosting('', { url }), warning: `${file}: not a job posting page` };
  return { record: parsePosting(page.text, { url, header: page.header }) };
}
