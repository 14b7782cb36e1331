import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../lib/posting/normalize';
import { readHeader } from '../../lib/posting/header';
import { splitSections } from '../../lib/posting/sections';
import { toUnits } from '../../lib/posting/units';
import { groupAlternatives, unitPreferredForMatch } from '../../lib/posting/alternatives';
import { isPreferredText } from '../../lib/posting/cues';
import { devIds, posting } from './helpers';

const pipeline = (x: string) => toUnits(splitSections(readHeader(normalizeText(x)).body));

describe('structure pipeline robustness', () => {
  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => Array.isArray(pipeline(s))), { numRuns: 300 });
    const line = fc.constantFrom('# ', '### ', '- ', '* ', '-', 'Requirements:', 'Nice to have', 'ÃÂ', '‚Äô', 'üí', '(', ')', ' or ', ', ', '|', '\n', '**', 'β');
    fc.assert(fc.property(fc.array(line, { maxLength: 200 }), (a) => Array.isArray(pipeline(a.join('')))), { numRuns: 300 });
  });
  it('never throws on a 200 KB posting and on adversarial text', () => {
    // Their time is bounded per regex by test/reliability/regex-backtracking.test.ts, on the same shapes.
    const big = devIds().map(posting).join('\n\n').repeat(3).slice(0, 200_000);
    const nasty = [
      '('.repeat(50_000) + 'a'.repeat(50_000),
      ('Ã' + '‚').repeat(60_000),
      ('Abc Def ' ).repeat(25_000) + ':',
      ('a, '.repeat(30_000) + 'or b'),
      '#'.repeat(100_000) + ' x',
      ('word ' + ' '.repeat(50)).repeat(3000) + '!',
      'a' + ' '.repeat(150_000) + 'b',
      '['.repeat(100_000) + '](',
      'Acme | Engineer | '.repeat(10_000),
      '- x' + ' , but'.repeat(30_000) + ' is a plus',
      'Rust is a plus' + ' '.repeat(100_000) + 'but Go',
    ];
    for (const text of [big, ...nasty]) {
      expect(() => {
        splitSections(text); // also without normalizeText in front
        for (const u of pipeline(text).slice(0, 2000)) {
          isPreferredText(u.text);
          const ms = [{ id: 'a', name: 'a', start: 0, end: Math.min(1, u.text.length), surface: 'a' }];
          groupAlternatives(u.text, ms);
          unitPreferredForMatch(u.text, ms[0]!);
        }
      }, text.slice(0, 20)).not.toThrow();
    }
  });
});
