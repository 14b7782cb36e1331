// Inputs the fuzzers found that made page extraction throw, kept as plain cases so that they run whatever
// the fuzz seed: each threw before its fix in lib/page.
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../lib/page/html';
import { ld, nest } from './jsonld-inputs';
import { checkPage } from './page-check';

const TEXT = 'Requirements: Python, AWS or GCP, and 5+ years of experience. Nice to have: Kubernetes. '.repeat(8);
const posting = (extra: string) => `{"@type":"JobPosting","title":"Engineer","description":"${TEXT}"${extra}}`;
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('page extraction regressions', () => {
  it('a file with no element (empty, text only, a comment) is no posting, not a throw (node.ts)', () => {
    for (const html of ['', 'just text', '<!-- c -->', '\u0000', '</html>']) {
      expect(checkPage({ html, url: 'https://remotewlb.com/apply/x' })).toBeNull();
    }
  });

  it('"&constructor;" and "&toString;" are not entities: no function source in the text (html.ts)', () => {
    expect(decodeEntities('&constructor; &toString; &__proto__; &amp;')).toBe('&constructor; &toString; &__proto__; &');
  });

  it('jobLocationType objects whose toString is not a function (jsonld-format.ts)', () => {
    const r = checkPage({ html: page(ld(posting(',"jobLocationType":[{"toString":1,"valueOf":1}]'))), url: 'https://acme.com/jobs/1' });
    expect(r?.header.title).toBe('Engineer');
  });

  it('a company name nested 100,000 objects deep (jsonld-format.ts)', () => {
    const r = checkPage({ html: page(ld(nest('"Acme"', 100_000, 4))), url: 'https://acme.com/jobs/1' });
    expect(r?.header.company).toBeNull();
  });

  it('elements nested 30,000 deep (text.ts): the text above the depth limit is still read', () => {
    const deep = `${'<div>'.repeat(30_000)}${TEXT}${'</div>'.repeat(30_000)}`;
    const r = checkPage({ html: page('<title>Engineer</title>', `<h1 class="app-title">Engineer</h1><div id="content"><ul><li>${TEXT}</li></ul>${deep}</div>`), url: 'https://boards.greenhouse.io/acme/jobs/1' });
    expect(r?.source).toBe('board');
    expect(r?.text).toContain('Nice to have: Kubernetes');
  });
});
