import { describe, expect, it } from 'vitest';
import { parseHtmlFile } from '../../lib/page/node';
import { elementText } from '../../lib/page/text';

const textOf = (html: string) => elementText(parseHtmlFile(`<html><body><main>${html}</main></body></html>`).querySelector('main')!);

describe('page text', () => {
  it('keeps headings and list items', () => {
    expect(textOf('<h2>Requirements</h2><ul><li>Python</li><li><p>Go</p></li></ul>')).toBe('## Requirements\n\n- Python\n- Go');
  });

  it('puts a bold label glued to the previous sentence on its own line', () => {
    // LinkedIn's JSON-LD: "…USA</strong>.<strong>Minimum qualifications:<br><br></strong><ul>…"
    const t = textOf('<p>Locations: Austin, USA.<strong>Minimum qualifications:<br><br></strong></p><ul><li>10 years</li></ul>');
    expect(t.split('\n')).toContain('## Minimum qualifications:');
  });

  it('leaves a bold label inside a sentence in the sentence', () => {
    expect(textOf('<p><strong>Experience</strong>: You have 3+ years building sites</p>')).toBe('Experience: You have 3+ years building sites');
  });
});
