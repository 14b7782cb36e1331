// extractPage on pages that are large in one direction: DOM nesting tens of thousands deep, megabyte lines,
// megabyte and deeply nested JSON-LD, thousands of postings in one block. Few runs: each is large.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { savedPages, slim } from './corpus';
import { FUZZ_TIMEOUT, fuzz } from './fuzz';
import { token } from './hostile';
import { URLS } from './html-inputs';
import { ld, nest } from './jsonld-inputs';
import { checkPage } from './page-check';
import { count, RUNS } from './runs';

const pages = savedPages().map((p) => ({ ...p, html: slim(p.html) }));
const TEXT = 'Requirements: Python, AWS or GCP, and 5+ years of experience. Nice to have: Kubernetes. ';
const fill = (piece: string, n: number): string => (piece || 'a').repeat(Math.ceil(n / (piece.length || 1))).slice(0, n);
const doc = (head: string, body: string) => `<!doctype html><html><head><title>Engineer</title>${head}</head><body>${body}</body></html>`;

const deepDom = fc
  .tuple(fc.constantFrom('div', 'b', 'li', 'ul', 'span', 'section', 'strong', 'td'), fc.integer({ min: 1_000, max: 60_000 }), fc.boolean())
  .map(([tag, depth, closed]) => doc('', `<main>${`<${tag}>`.repeat(depth)}${TEXT.repeat(10)}${closed ? `</${tag}>`.repeat(depth) : ''}</main>`));

const megaLine = fc
  .tuple(token, fc.constantFrom(...pages), fc.nat())
  .map(([piece, page, at]) => {
    const i = page.html.indexOf('<p', at % page.html.length);
    const line = `<p>${fill(piece, 1_000_000)}</p>`;
    return i < 0 ? doc('', line) : page.html.slice(0, i) + line + page.html.slice(i);
  });

const posting = (description: string) => JSON.stringify({ '@type': 'JobPosting', title: 'Engineer', hiringOrganization: 'Acme', description });
const hugeLd = fc.oneof(
  token.map((piece) => doc(ld(posting(fill(piece, 1_000_000))), '')),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => doc(ld(`[${Array.from({ length: n }, (_, i) => posting(`${TEXT} #${i}`)).join(',')}]`), '<h1>Engineer</h1>')),
  fc.tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.nat()).map(([depth, kind]) => doc(ld(nest(posting(TEXT.repeat(3)), depth, kind)), '')),
);

const long = fc.record({ html: fc.oneof(deepDom, megaLine, hugeLd), url: fc.constantFrom(...URLS) });

describe('page extraction on long pages', () => {
  it(`${count('page/long')} pages deep, wide or with megabyte lines: no throw, a valid extraction and record`, () => {
    fuzz('page/long', long, (p) => void checkPage(p), RUNS['page/long'], { shrink: false });
  }, FUZZ_TIMEOUT);
});
