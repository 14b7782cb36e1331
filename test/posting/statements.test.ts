// Statement splitting: the scan must give exactly the pieces of the look-behind split it replaces, and
// statementsWith exactly the pieces that a per-piece gate test keeps.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitStatements, statementsWith } from '../../lib/posting/fields/statements';

const PLAIN = /\n|(?<=[.!?])\s+/;
const UPPER_NEXT = /\n|(?<=[.!?])\s+(?=[A-Z])/;
// Text made of the characters the cuts and gates care about, so cuts, runs and matches are frequent.
const text = fc
  .array(fc.constantFrom('a', 'B', ' ', '  ', '\n', '\t', '.', '!', '?', '. ', '.\n', ' \n ', 'Remote', 'remote', 'USD', '$5', 'Fr.', 'é'), { maxLength: 60 })
  .map((parts) => parts.join(''));
// Gates of the kind remote.ts and salary.ts pass: words, no leading whitespace, no newline, no mark + space.
const GATES = [/remot|b a/giu, /[$€£]|Fr\.|\b(?:USD)\b/g, /a/g];

describe('splitStatements', () => {
  it('gives the pieces of the look-behind split', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitStatements(t, false)).toEqual(t.split(PLAIN));
        expect(splitStatements(t, true)).toEqual(t.split(UPPER_NEXT));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts at newlines and after marks, keeping the mark', () => {
    expect(splitStatements('One. Two!\nthree? four', false)).toEqual(['One.', 'Two!', 'three?', 'four']);
    expect(splitStatements('Pay is $5. per hour. Then', true)).toEqual(['Pay is $5. per hour.', 'Then']);
  });
});

describe('statementsWith', () => {
  it('keeps exactly the pieces the gate matches, in order', () => {
    fc.assert(
      fc.property(text, fc.boolean(), fc.constantFrom(...GATES), (t, upperNext, gate) => {
        const one = new RegExp(gate.source, gate.flags.replace('g', ''));
        expect(statementsWith(t, upperNext, gate)).toEqual(splitStatements(t, upperNext).filter((s) => one.test(s)));
        expect(gate.lastIndex).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
