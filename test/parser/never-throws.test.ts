import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePosting } from '../../lib/posting/index';
import { PostingRecordSchema } from '../../lib/schemas';
import { devPostings } from './dev-set';

const texts = devPostings().map((p) => p.text);

// Mutations that real pages produce: cut pages, doubled parts, stray markup, odd characters, wrong charsets.
const mutated = fc
  .tuple(
    fc.constantFrom(...texts),
    fc.nat(),
    fc.nat(),
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('**', '\n### ', '\n- ', '\u200b', '\u202e', 'ðŸ’°', 'â€™', '‚Äô', ' β ', '$', '€', '\r\n', ':', '(', ')'),
    ),
  )
  .map(([text, a, b, insert]) => {
    const i = a % (text.length + 1);
    const j = Math.min(text.length, i + (b % 400));
    return text.slice(0, i) + insert + text.slice(j);
  });

const anyText = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.array(fc.constantFrom('Requirements:', '- ', 'Python', 'or', 'nice to have', '5+ years', '$120k', '€', '\n', ' ', 'AWS/GCP', '(', ')'), { maxLength: 300 }).map((a) => a.join('')),
  mutated,
);

describe('parsePosting never throws', () => {
  it('gives a valid record for 10,000 random and mutated texts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const record = parsePosting(text);
        expect(PostingRecordSchema.safeParse(record).success).toBe(true);
        for (const item of record.preferred) expect(record.required).not.toContain(item);
      }),
      { numRuns: 10_000 },
    );
  });

  it('accepts what is not a string', () => {
    for (const v of [undefined, null, 42, {}, []]) expect(PostingRecordSchema.safeParse(parsePosting(v)).success).toBe(true);
  });
});
