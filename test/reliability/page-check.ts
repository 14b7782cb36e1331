// What every page-extraction run must satisfy: no throw, a result of the documented shape, a message the
// background accepts, and (on the way the extension uses it) a valid posting record from the parser.
import { expect } from 'vitest';
import { z } from 'zod';
import { toMessagePage } from '../../lib/content/runner';
import { PageExtractionSchema } from '../../lib/messages';
import { ADAPTERS } from '../../lib/page/boards';
import { extractPage, type PageExtraction } from '../../lib/page/index';
import { parseHtmlFile } from '../../lib/page/node';
import { parsePosting } from '../../lib/posting/index';
import { PostingRecordSchema } from '../../lib/schemas';

const field = z.string().min(1).nullable();
const BOARDS: [string, ...string[]] = ['hn', ...ADAPTERS.map((a) => a.id)];

/** PageExtraction (lib/page/types.ts) as a schema: header values are absent (null) or non-empty. */
export const PageExtractionShape = z.strictObject({
  text: z.string(),
  header: z.strictObject({ title: field, company: field, salaryText: field, locationText: field }),
  source: z.enum(['jsonld', 'board', 'generic']),
  board: z.enum(BOARDS).nullable(),
});

export interface PageInput {
  html: string;
  url: string | null;
}

/** Runs extraction on `html` at `url` and checks the result; `parse` also runs the parser on it. */
export function checkPage({ html, url }: PageInput, parse = true): PageExtraction | null {
  const page = extractPage(parseHtmlFile(html), url);
  if (page === null) return null;
  const shape = PageExtractionShape.safeParse(page);
  expect(shape.success, shape.error?.message).toBe(true);
  const message = PageExtractionSchema.safeParse(toMessagePage(page));
  expect(message.success, message.error?.message).toBe(true);
  if (parse) {
    const record = parsePosting(page.text, { url, header: page.header });
    const valid = PostingRecordSchema.safeParse(record);
    expect(valid.success, valid.error?.message).toBe(true);
  }
  return page;
}
