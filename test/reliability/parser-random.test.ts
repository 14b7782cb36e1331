// parsePosting on generated text: random strings in every Unicode range, hostile characters, and texts
// assembled from the words and markup the parser keys on, with random page addresses and board headers.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { shortText } from './hostile';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { checkRecord, parseOptions } from './record-check';
import { count, RUNS } from './runs';

describe('parsePosting on generated text', () => {
  it(`${count('parser/generated')} short texts with random addresses and headers: no throw, a valid record`, () => {
    fuzz('parser/generated', fc.tuple(shortText, parseOptions), ([text, options]) => void checkRecord(text, options), RUNS['parser/generated']);
  }, FUZZ_TIMEOUT);
});
