// extractPage on pages whose schema.org JobPosting blocks are generated with every field of the right type or
// any other, nested, huge or broken as text (jsonld-inputs.ts), beside generated markup, at every kind of address.
import { describe, it } from 'vitest';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { ldPage } from './jsonld-inputs';
import { checkPage } from './page-check';
import { count, RUNS } from './runs';

describe('page extraction on hostile JSON-LD', () => {
  it(`${count('page/jsonld')} pages with generated, mistyped and broken JobPosting blocks: no throw, valid shape and record`, () => {
    fuzz('page/jsonld', ldPage, (page) => void checkPage(page), RUNS['page/jsonld']);
  }, FUZZ_TIMEOUT);
});
