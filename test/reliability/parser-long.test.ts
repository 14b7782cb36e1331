// parsePosting on long input: megabyte lines of one character or fragment, a megabyte line inside a real
// posting, and postings repeated to 200 KB. Few runs: each takes up to a second.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { postingTexts } from './corpus';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { mutated, token } from './hostile';
import { checkRecord } from './record-check';
import { count, RUNS } from './runs';

const texts = postingTexts();
const SIZES = [50_000, 200_000, 1_000_000];
const fill = (piece: string, n: number): string => (piece || 'a').repeat(Math.ceil(n / (piece.length || 1))).slice(0, n);

/** One line of `n` characters: a fragment repeated, or a posting with its line breaks removed. */
const longLine = fc.oneof(
  fc.tuple(token, fc.constantFrom(...SIZES)).map(([piece, n]) => fill(piece, n)),
  fc.tuple(mutated(texts, token, 20_000), fc.constantFrom(...SIZES)).map(([t, n]) => fill(t.replace(/[\r\n\u2028\u2029]+/g, ' '), n)),
);

const long = fc.oneof(
  longLine,
  fc.tuple(fc.constantFrom(...texts), longLine).map(([t, line]) => `${t}\n${line}\n${t}`),
  fc.tuple(mutated(texts, token, 20_000), fc.constantFrom(50_000, 200_000)).map(([t, n]) => fill(`${t}\n\n`, n)),
);

describe('parsePosting on long input', () => {
  it(`${count('parser/long')} inputs of 50 KB to 1 MB: no throw, a valid record`, () => {
    fuzz('parser/long', long, (text) => void checkRecord(text), RUNS['parser/long'], { shrink: false });
  }, FUZZ_TIMEOUT);
});
