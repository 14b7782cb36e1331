// literalTrie: a trie-shaped regex source must find a match exactly where the flat word list does.
import { describe, expect, it } from 'vitest';
import { literalTrie } from '../../lib/posting/fields/gated-regexp';

const WORDS = ['engl', 'english', 'espa', 'angl', 'arab', 'h-1b', 'c++', '% mobil', 'fachär', 'éxito', 'a.b'];
const flat = new RegExp(WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');
const trie = new RegExp(literalTrie(WORDS), 'iu');

describe('literalTrie', () => {
  it('escapes metacharacters and shares prefixes', () => {
    expect(trie.source).toContain('c\\+\\+');
    expect(trie.source).toContain('\\.b');
    expect(literalTrie(['ab', 'ac'])).toBe('a(?:b|c)');
  });

  it('matches wherever the flat alternation does', () => {
    const samples = ['ENGLISH', 'Espagnol', 'Arabic', 'H-1B visa', 'C++ dev', '100% mobil', 'FACHÄRZTIN', 'Éxito', 'a.b', 'axb', 'c+', 'engel', 'nothing here', ''];
    for (const s of samples) expect(trie.test(s), s).toBe(flat.test(s));
  });
});
