// A bit filter (Bloom filter) over a set of words: "certainly not in the set" for most words outside it, from a
// 16 KB bit table, before the costly look-up in a large Map. matchSkills asks the alias trie's root (some
// 11,000 first words) about every word of a unit; over half of them start no alias, and a Map look-up that
// misses the cache costs several times this hash. Never says no to a word of the set: speed only.
const BITS = 1 << 17;
const MASK = BITS - 1;

/** FNV-1a over the UTF-16 code units. */
function hash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = hash(w);
      this.set(h & MASK);
      this.set((h >>> 15) & MASK);
    }
  }

  /** False when the word is certainly not one of the set's; true when it may be. */
  mayHave(w: string): boolean {
    const h = hash(w);
    return this.get(h & MASK) && this.get((h >>> 15) & MASK);
  }

  private set(i: number): void {
    this.bits[i >>> 5]! |= 1 << (i & 31);
  }

  private get(i: number): boolean {
    return (this.bits[i >>> 5]! & (1 << (i & 31))) !== 0;
  }
}
