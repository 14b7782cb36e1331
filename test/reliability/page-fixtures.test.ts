// extractPage on real saved pages broken: windows of a page (tags cut at both ends), spliced fragments,
// garbled attributes, at the page's own address (so its board adapter reads it) or another.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { savedPages, slim } from './corpus';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { applyHtmlEdit, htmlEdit, url } from './html-inputs';
import { checkPage } from './page-check';
import { count, RUNS } from './runs';

const pages = savedPages().map((p) => ({ ...p, html: slim(p.html) }));

const windowed = fc
  .record({
    page: fc.constantFrom(...pages),
    start: fc.nat(),
    len: fc.integer({ min: 200, max: 12_000 }),
    edits: fc.array(htmlEdit, { maxLength: 4 }),
    own: fc.boolean(),
    other: url,
  })
  .map(({ page, start, len, edits, own, other }) => {
    const from = page.html.length > len ? start % (page.html.length - len) : 0;
    return { html: edits.reduce(applyHtmlEdit, page.html.slice(from, from + len)), url: own ? page.url : other };
  });

describe('page extraction on broken real pages', () => {
  it(`${count('page/fixture-window')} windows of saved pages, mutated: no throw, a valid extraction and record`, () => {
    fuzz('page/fixture-window', windowed, (p) => void checkPage(p), RUNS['page/fixture-window']);
  }, FUZZ_TIMEOUT);
});
