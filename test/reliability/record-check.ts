// What every parser run must satisfy, whatever the input: no throw, a record that passes its schema, and
// names and taxonomy ids that stay paired.
import { expect } from 'vitest';
import fc from 'fast-check';
import { parsePosting, type ParseOptions } from '../../lib/posting/index';
import { PostingRecordSchema, type PostingRecord } from '../../lib/schemas';
import { shortText } from './hostile';
import { url } from './html-inputs';

export function checkRecord(text: unknown, options?: ParseOptions): PostingRecord {
  const record = parsePosting(text, options);
  const valid = PostingRecordSchema.safeParse(record);
  expect(valid.success, valid.error?.message).toBe(true);
  expect(record.requiredIds).toHaveLength(record.required.length);
  expect(record.preferredIds).toHaveLength(record.preferred.length);
  for (const item of record.preferred) expect(record.required).not.toContain(item);
  return record;
}

const headerValue = fc.option(shortText, { nil: null });

/** What the extension passes beside the text: the page's address and the header a board adapter read. */
export const parseOptions: fc.Arbitrary<ParseOptions | undefined> = fc.option(
  fc.record(
    { url, header: fc.option(fc.record({ title: headerValue, company: headerValue, salaryText: headerValue, locationText: headerValue }, { requiredKeys: [] }), { nil: null }) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
