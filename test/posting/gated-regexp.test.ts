// GatedRegExp is speed only: every way of using it must answer exactly as a plain RegExp of the same source.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gated, GatedRegExp } from '../../lib/posting/fields/gated-regexp';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
// Word-edged patterns as wb() builds them: with groups, with case folding, starting on any character
// (surrogate pairs included), and with a stem gate. None matches the empty string (see GatedRegExp).
const CASES: Array<[string, string, string | undefined]> = [
  ['ab|b|a(b)?c', 'iu', undefined],
  ['(x)?y|(z)', 'gu', undefined],
  ['é(t)|ét|ß', 'giu', undefined],
  ['[^ab]x?', 'gu', undefined],
  ['plus(?:es)?|a plus', 'giu', 'plus'],
];
const text = fc
  .array(fc.constantFrom('a', 'b', 'c', 'x', 'y', 'z', 'A', 'B', 'É', 'é', 't', 'ß', 'SS', '_', '1', ' ', '-', '😀', '\n', 'plus', 'PLUS', 'a plus'), { maxLength: 24 })
  .map((parts) => parts.join(''));

const shape = (m: RegExpMatchArray | null) => (m ? { index: m.index, all: [...m] } : null);

describe('GatedRegExp', () => {
  it('matches as the plain regex does: exec, test, global loops, matchAll, replace, split', () => {
    for (const [bare, flags, gate] of CASES) {
      const re = gated(B, bare, E, flags, gate);
      const plain = new RegExp(re.source, re.flags);
      fc.assert(
        fc.property(text, fc.nat(30), (s, start) => {
          expect(re.test(s), s).toBe(plain.test(s));
          re.lastIndex = plain.lastIndex = start;
          expect(shape(re.exec(s)), s).toEqual(shape(plain.exec(s)));
          expect(re.lastIndex).toBe(plain.lastIndex);
          if (re.global) expect([...s.matchAll(re)].map(shape)).toEqual([...s.matchAll(plain)].map(shape));
          re.lastIndex = plain.lastIndex = 0;
          expect(s.replace(re, '<$&>')).toBe(s.replace(plain, '<$&>'));
          expect(s.split(re)).toEqual(s.split(plain));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('keeps its gate and edge in the copies split and matchAll make', () => {
    const re = gated(B, 'ab', E, 'giu');
    const copy = new GatedRegExp(re, 'giuy');
    expect(copy.gate).toBe(re.gate);
    expect(copy.edge).toBe(B);
    expect(copy.sticky).toBe(true);
  });

  it('builds the regexes that match on first use, not when it is made (a cold start makes hundreds)', () => {
    const re = gated(B, '(', E, 'u'); // not a valid pattern: nothing has parsed it yet
    expect(re.source).toBe(`${B}(?:()${E}`);
    expect(() => re.test('x')).toThrow(SyntaxError);
  });
});
