// Addresses in requirement lines name no skill: an e-mail host ending in .net, a link to a language's site.
import { describe, expect, it } from 'vitest';
import { addressSpans } from '../../lib/posting/addresses';
import { parsePosting } from '../../lib/posting';

const spanned = (t: string) => addressSpans(t).map(([s, e]) => t.slice(s, e));

describe('addressSpans', () => {
  it('finds e-mail and web addresses, without the full stop after them', () => {
    expect(spanned('Please send your cv to jobs@16lab.net.')).toEqual(['jobs@16lab.net']);
    expect(spanned('See https://kotlinlang.org/docs or www.python.org, then write to a.b+jobs@mail.acme.io')).toEqual([
      'https://kotlinlang.org/docs',
      'www.python.org,',
      'a.b+jobs@mail.acme.io',
    ]);
  });

  it('leaves handles, prices and slashes alone', () => {
    expect(spanned('Ping @devrel on Slack; 2 @ $5; CI/CD and TCP/IP; name@localhost')).toEqual([]);
  });
});

describe('in a posting', () => {
  it('a .net mail host is not .NET, and a linked site is not its language', () => {
    const rec = parsePosting(
      ['# Embedded Engineer', '', '## Requirements', '', '* Embedded C and Linux', '* Please send your CV to jobs@16lab.net', '* Read https://golang.org/doc first'].join('\n'),
    );
    expect(rec.required).toEqual(expect.arrayContaining(['Linux']));
    expect(rec.required).not.toContain('.NET');
    expect(rec.required).not.toContain('Go');
  });

  it('.NET named in the line is still read', () => {
    const rec = parsePosting(['# Developer', '', '## Requirements', '', '* 3+ years of .NET and C#, questions to hr@acme.com'].join('\n'));
    expect(rec.required).toEqual(expect.arrayContaining(['.NET', 'C#']));
  });
});
