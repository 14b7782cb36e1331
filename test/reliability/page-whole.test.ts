// extractPage on whole saved pages (scripts and all), each mutated a few times. Few runs: a page is up to
// 740 KB and takes tens of milliseconds to parse.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { savedPages } from './corpus';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { applyHtmlEdit, htmlEdit } from './html-inputs';
import { checkPage } from './page-check';
import { count, RUNS } from './runs';

const pages = savedPages();

const whole = fc
  .record({ page: fc.constantFrom(...pages), edits: fc.array(htmlEdit, { minLength: 1, maxLength: 6 }) })
  .map(({ page, edits }) => ({ html: edits.reduce(applyHtmlEdit, page.html), url: page.url }));

describe('page extraction on whole broken pages', () => {
  it(`${count('page/fixture-whole')} saved pages, mutated: no throw, a valid extraction and record`, () => {
    fuzz('page/fixture-whole', whole, (p) => void checkPage(p), RUNS['page/fixture-whole'], { shrink: false });
  }, FUZZ_TIMEOUT);
});
