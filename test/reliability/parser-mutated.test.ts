// parsePosting on real postings broken the ways copy-paste and pages break them: cut, parts deleted or
// doubled, hostile fragments spliced in, stretches re-encoded (mojibake, CR line ends, bidi, NUL, NBSP).
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { postingTexts } from './corpus';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { mutated, token } from './hostile';
import { checkRecord, parseOptions } from './record-check';
import { count, RUNS } from './runs';

const texts = postingTexts();

describe('parsePosting on mutated real postings', () => {
  it(`${count('parser/mutated-window')} windows (up to 1,500 characters) of dev and seed postings, mutated`, () => {
    fuzz('parser/mutated-window', fc.tuple(mutated(texts, token, 1500), parseOptions), ([text, options]) => void checkRecord(text, options), RUNS['parser/mutated-window']);
  }, FUZZ_TIMEOUT);

  it(`${count('parser/mutated-whole')} whole postings, mutated`, () => {
    fuzz('parser/mutated-whole', mutated(texts, token, 20_000, 8), (text) => void checkRecord(text), RUNS['parser/mutated-whole']);
  }, FUZZ_TIMEOUT);
});
