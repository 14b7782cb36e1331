import { describe, expect, it } from 'vitest';
import { PostingRecordSchema } from '../lib/schemas';

describe('PostingRecordSchema', () => {
  it('rejects a salary with a lowercase currency', () => {
    const bad = { min: 1, max: 2, currency: 'usd', period: 'year' };
    expect(PostingRecordSchema.shape.salary.safeParse(bad).success).toBe(false);
  });
});
