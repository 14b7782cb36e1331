// extractPage on generated pages: element trees of every tag the extraction treats specially, hostile text
// (unescaped, so it may open tags of its own), hiding attributes, board anchors, at every kind of address.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { shortText } from './hostile';
import { tree, url } from './html-inputs';
import { checkPage } from './page-check';
import { count, RUNS } from './runs';

const page = fc
  .record({ title: shortText, head: fc.array(tree, { maxLength: 2 }), body: fc.array(tree, { minLength: 1, maxLength: 4 }), url })
  .map(({ title, head, body, url: u }) => ({
    html: `<!doctype html><html><head><title>${title}</title>${head.join('')}</head><body>${body.join('')}</body></html>`,
    url: u,
  }));

describe('page extraction on generated pages', () => {
  it(`${count('page/generated')} pages: no throw, a valid extraction and record`, () => {
    fuzz('page/generated', page, (p) => void checkPage(p), RUNS['page/generated']);
  }, FUZZ_TIMEOUT);
});
