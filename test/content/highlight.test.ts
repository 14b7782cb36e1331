// Showing an evidence sentence on a page whose text holds a 1 MB line (the hostile corpus's huge-line payload):
// the page's text is flattened once per highlight, and building it must stay linear. Before the fix this froze the
// tab (test/e2e/hostile-pages.e2e.ts timed out on the click); here the same input never finishes without it.
import { describe, expect, it } from 'vitest';
import { findSentence, highlightSentence } from '../../lib/content/highlight';
import { parseHtmlFile } from '../../lib/page/node';
import { HUGE_LINE } from '../fixtures/hostile/payloads';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('highlight on a page with a 1 MB line', () => {
  const doc = parseHtmlFile(
    `<html><body><p>${esc(HUGE_LINE.text)}</p><ul><li>Experience with   Go <b>&lt;img src=x onerror=1&gt;</b>.</li></ul></body></html>`,
  );

  it('finds the sentence after the line, across elements and collapsed spaces', () => {
    const f = findSentence(doc, 'Experience with Go <img src=x onerror=1>.')!;
    expect(f).not.toBeNull();
    expect(f.start.node.data.slice(f.start.offset)).toBe('Experience with   Go ');
    expect(f.end.node.data.slice(0, f.end.offset)).toBe('.');
  });

  it('finds a sentence inside the line itself, and says false for one the page does not have', () => {
    expect(findSentence(doc, 'Python and Kubernetes Python and Kubernetes')?.start.offset).toBe(0);
    expect(highlightSentence(doc, 'A sentence this page does not have anywhere')).toBe(false);
  });
});
