// The bit filter in front of the match index: it may let a stranger through, never turn a member away.
import { describe, expect, it } from 'vitest';
import { WordFilter } from '../../lib/taxonomy/word-filter';
import { getIndex } from '../../lib/taxonomy/index-data';

describe('WordFilter', () => {
  it('says yes to every first word of every alias', () => {
    const root = getIndex().first;
    const filter = new WordFilter(root.keys());
    const missed = [...root.keys()].filter((w) => !filter.mayHave(w));
    expect(missed).toEqual([]);
  });

  it('says no to most other words', () => {
    const words = Array.from({ length: 10000 }, (_, i) => `w${i.toString(36)}`);
    const filter = new WordFilter(words.slice(0, 5000));
    const strangers = words.slice(5000).filter((w) => filter.mayHave(w)).length;
    expect(strangers).toBeLessThan(250); // under 5% let through
    expect(new WordFilter([]).mayHave('kubernetes')).toBe(false);
  });
});
