// HTML strings from a page (JSON-LD descriptions, Ashby's descriptionHtml) are parsed for their text only. Parsing
// even an inert copy of an event handler, a style attribute, a <style> or a <base> makes Chromium report a CSP
// violation to the site (seen in test/e2e/hostile-pages.e2e.ts), so inertMarkup rebuilds every start tag first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, inertMarkup } from '../../lib/page/html';
import { PAYLOADS } from '../fixtures/hostile/payloads';
import { page } from './helpers';

/** What may be left in a start tag: the attributes lib/page/text.ts reads, with safe characters only. */
const SAFE_TAG = /^<[a-zA-Z][^\s/>]*(?: (?:hidden|aria-hidden="true"|role="[a-z]+"|class="[\w -]*"|href="#"))*>$/;
const startTags = (html: string) => html.match(/<[a-zA-Z][^>]*>?/g) ?? [];

function parsedAttributes(html: string): string[] {
  const body = page(inertMarkup(html)).body;
  return Array.from(body.querySelectorAll('*')).flatMap((el) => [
    ...(['style', 'base'].includes(el.localName) ? [`<${el.localName}>`] : []),
    ...Array.from(el.attributes).map((a) => a.name).filter((n) => !['hidden', 'aria-hidden', 'role', 'class', 'href'].includes(n)),
  ]);
}

describe('inertMarkup', () => {
  it('leaves no handler, style or other attribute in any payload of the hostile corpus', () => {
    for (const p of PAYLOADS) {
      const out = inertMarkup(p.text);
      for (const tag of startTags(out)) expect(tag, p.name).toMatch(SAFE_TAG);
      expect(parsedAttributes(p.text), p.name).toEqual([]);
    }
  });

  it('reads tags as the tokenizer does: a quoted ">" does not end the tag, an unclosed quote does not hide one', () => {
    expect(inertMarkup(`<p title="a > b" onclick="x()">Hi</p>`)).toBe('<p>Hi</p>');
    expect(inertMarkup(`<div a"b='>' onclick=x>T</div>`)).toBe('<div>T</div>');
    expect(inertMarkup(`<img src=x onerror=alert(1)`)).toBe('<img>');
    expect(inertMarkup(`<svg/onload=x()>`)).toBe('<svg>');
    expect(inertMarkup(`<style>@import 'x';</style><BASE href=//e.test>`)).toBe(`<iframe>@import 'x';</iframe><wbr>`);
  });

  it('never leaves an attribute, whatever the markup (property)', () => {
    const piece = fc.constantFrom('<', '>', '"', "'", '=', ' ', '/', '\n', 'img', 'p', 'style', 'onerror', 'on', 'x', '-->', '<!--', '</');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        for (const tag of startTags(inertMarkup(html))) expect(tag).toMatch(SAFE_TAG);
        expect(parsedAttributes(html)).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps what the text extraction reads: hidden, screen-reader-only and skip links stay out of the text', () => {
    const html =
      '<h3 class="title">Requirements</h3><ul><li>Python</li><li style="display: none">Secret</li>' +
      '<li class="sr-only">Copy</li><li aria-hidden="true">Icon</li><li hidden>Gone</li></ul>' +
      '<a href="#main">Skip to content</a><nav role="navigation">Menu</nav><p>Go <b onclick="x()">and Rust</b>.</p>';
    expect(htmlToText(page('').body.ownerDocument, html)).toBe('## Requirements\n\n- Python\n\nGo and Rust.');
  });
});
