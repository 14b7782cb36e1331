import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../lib/posting/normalize';
import { SHARED } from '../parser/dev-set';

describe('normalizeText', () => {
  it('repairs UTF-8 read as Windows-1252 (seed-001/002)', () => {
    expect(normalizeText('#### `ðŸŒŽ remote,Canada - Toronto`')).toBe('#### `🌎 remote,Canada - Toronto`');
    expect(normalizeText('the worldâ€™s leading technologies â€” across')).toBe('the world’s leading technologies — across');
    expect(normalizeText('ðŸ’° $100k, cafÃ©, Â£30')).toBe('💰 $100k, café, £30');
  });
  it('repairs UTF-8 read as Mac Roman, including emoji whose lead byte was lost (seed-000)', () => {
    expect(normalizeText('#### `üí∞ ~0k` `üåé US,Remote`')).toBe('#### `💰 ~0k` `🌎 US,Remote`');
    expect(normalizeText('with ‚Äúon-premises to cloud‚Äù migrations')).toBe('with “on-premises to cloud” migrations');
  });
  it('repairs the real seed files completely', () => {
    for (const f of ['000_0b4cf2e778905b6f', '001_026ddcc2c04a42b6', '002_f555df42caae6a20']) {
      const t = normalizeText(readFileSync(join(SHARED, 'seeds', `${f}.txt`), 'utf8'));
      expect(t).not.toMatch(/â€|Ã|ðŸ|‚Ä|üí|üå/);
    }
  });
  it('turns a stray beta between words into a dash (seed-003)', () => {
    expect(normalizeText('GCP at depth β IAM, org policies')).toBe('GCP at depth — IAM, org policies');
  });
  it("reads markdown's escaped punctuation as the punctuation, but keeps an escaped asterisk or underscore", () => {
    expect(normalizeText('  * 6\\+ years of related experience \\- ideally in SaaS')).toBe('  * 6+ years of related experience - ideally in SaaS');
    expect(normalizeText('a \\*literal\\* star and C:\\Users\\x')).toBe('a \\*literal\\* star and C:\\Users\\x');
  });

  it('leaves correct accented text alone', () => {
    const s = 'Straße, Ärger, „Äpfel“, naïve — «Élan», café’” São Paulo, ília, Stäubli, Nürnberg';
    expect(normalizeText(s)).toBe(s);
  });
  it('cleans line endings, invisible chars, emphasis and links', () => {
    expect(normalizeText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normalizeText('\u200B\u200BYou will\u00A0serve   here  ')).toBe('You will serve here');
    expect(normalizeText('*  **Collaborate:** Work with [the team](https://x.y/z) on snake_case _code_')).toBe(
      '* Collaborate: Work with the team on snake_case code',
    );
    expect(normalizeText('# [Title](https://a.b/c)')).toBe('# [Title](https://a.b/c)');
  });
  it('keeps a whole-line bold heading as a heading, but not a bold sentence', () => {
    expect(normalizeText('**Preferred Qualifications**')).toBe('#### Preferred Qualifications');
    expect(normalizeText(' ** _This is a remote role._**').trim()).toBe('This is a remote role.');
  });
  it('a bold list item that only names a part is a sub-heading; a bold requirement stays an item', () => {
    expect(normalizeText('  *  **Connaissances techniques**')).toBe('#### Connaissances techniques');
    expect(normalizeText('- __Soft skills__:')).toBe('#### Soft skills');
    expect(normalizeText('  * **Kafka**')).toBe('  * Kafka');
    expect(normalizeText('* **Experience with Kubernetes**')).toBe('* Experience with Kubernetes');
    expect(normalizeText('* **Python**: 5 years')).toBe('* Python: 5 years');
    expect(normalizeText('  * **AWS Experience**')).toBe('  * AWS Experience');
    expect(normalizeText('  * **Desired: Perforce, Jira and Jenkins**')).toBe('  * Desired: Perforce, Jira and Jenkins');
    expect(normalizeText('* **Preferred Skills & Experience:**')).toBe('#### Preferred Skills & Experience');
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof normalizeText(s) === 'string'));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => typeof normalizeText(s) === 'string'));
  });
});
