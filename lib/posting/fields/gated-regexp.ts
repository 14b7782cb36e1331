// Speed, not meaning: a regex that runs a cheap pre-check before the real pattern.
//
// Our word-edged patterns start with a Unicode look-behind ("(?<![\p{L}\p{N}_])(?:a|b|…)"). That look-behind
// stops V8 from skipping ahead to the characters a match can start with, so the whole alternation is tried at
// every position: several times slower than the bare alternation "(?:a|b|…)". Every match of the full pattern
// contains a match of the bare one, so when the bare one finds nothing anywhere, neither can the full pattern,
// and that is the usual case (most lines hold no degree, cue or certificate). Results are identical to a plain
// RegExp of the same source and flags: the pre-check only ever answers "no match" where the full one would.

export class GatedRegExp extends RegExp {
  /**
   * A zero-width look-behind without groups that the whole pattern starts with, when the caller names it;
   * the rest must not match the empty string (V8 may start an empty match inside a surrogate pair).
   */
  readonly edge: string | undefined;
  private readonly resumable: boolean;
  private readonly stuck: boolean;
  private readonly wide: boolean;
  private gateSpec: RegExp | string;
  /**
   * What does the matching: a plain RegExp of the same source and flags (V8 runs exec on a subclass instance
   * through its slow, generic path), or, with an edge, of the source after the edge with the g (or y) flag.
   */
  private plainRe: RegExp | null = null;
  /** The edge alone, sticky: tested where `plain` found a match. */
  private edgeRe: RegExp | null = null;

  /**
   * `gate` (a RegExp, or the source of one to build with these flags minus g/y) and `edge` are optional only so
   * that the copies matchAll/split make (new C(this, flags)) keep the parent's.
   */
  constructor(pattern: string | RegExp, flags?: string, gate?: RegExp | string, edge?: string) {
    // V8 parses a pattern when it is built, and each Unicode class such as \p{L} costs it a table: hundreds of these
    // built at start-up were most of a cold service worker's module evaluation, for catalog rules a posting may
    // never reach. So the instance itself holds an empty pattern with the real flags (the flag getters, and the
    // species copies split and matchAll make, read them), its `source` is the real one, and the regexes that match
    // are built on first use.
    const parent = pattern instanceof GatedRegExp ? pattern : undefined;
    const realFlags = flags ?? (pattern instanceof RegExp ? pattern.flags : '');
    super('(?:)', realFlags);
    const source = typeof pattern === 'string' ? pattern : pattern.source;
    Object.defineProperty(this, 'source', { value: source });
    const g = gate ?? parent?.gate; // a copy is made at use: it shares the gate, built once
    if (g === undefined) throw new Error('GatedRegExp needs a gate');
    this.gateSpec = g;
    this.resumable = this.global || this.sticky;
    this.stuck = this.sticky;
    this.wide = this.unicode;
    const e = edge ?? parent?.edge;
    this.edge = e !== undefined && source.startsWith(e) ? e : undefined;
  }

  /** The bare pattern (no g/y flag): matches somewhere whenever this regex does. */
  get gate(): RegExp {
    if (typeof this.gateSpec === 'string') this.gateSpec = new RegExp(this.gateSpec, this.flags.replace(/[gy]/g, ''));
    return this.gateSpec;
  }

  private get plain(): RegExp {
    if (this.plainRe) return this.plainRe;
    const e = this.edge;
    if (e === undefined) return (this.plainRe = new RegExp(this.source, this.flags));
    const bare = this.flags.replace(/[gy]/g, '');
    this.edgeRe = new RegExp(e, bare + 'y');
    return (this.plainRe = new RegExp(this.source.slice(e.length), bare + (this.sticky ? 'y' : 'g')));
  }

  override exec(s: string): RegExpExecArray | null {
    // A global/sticky search resumed mid-string is not re-checked: the first call already passed the gate.
    const from = this.resumable ? this.lastIndex : 0;
    if (from === 0 && !this.gate.test(s)) return null; // a failed global search leaves lastIndex 0, as here
    const plain = this.plain;
    const edgeAt = this.edgeRe;
    if (edgeAt === null) {
      if (!this.resumable) return plain.exec(s); // lastIndex is neither used nor set
      plain.lastIndex = from;
      const m = plain.exec(s);
      this.lastIndex = plain.lastIndex;
      return m;
    }
    // With its look-behind first, a pattern is tried at every position in full (V8 cannot skip to the
    // characters a match may start with). Without it, V8 can: find the next match of the rest, then test
    // the look-behind there. The edge is zero-width and holds no group, so where it holds, that match is
    // the whole pattern's match; where it fails, no match starts at that position at all.
    for (let at = from; ; ) {
      plain.lastIndex = at;
      const m = plain.exec(s);
      if (m !== null) {
        edgeAt.lastIndex = m.index;
        if (edgeAt.test(s)) {
          if (this.resumable) this.lastIndex = plain.lastIndex;
          return m;
        }
      }
      if (m === null || this.stuck) {
        if (this.resumable) this.lastIndex = 0;
        return null;
      }
      at = advance(s, m.index, this.wide);
    }
  }

  override test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

/**
 * `(?:${bare})` wrapped in `before`/`after` look-arounds, gated by the bare alternation itself, or by `gate`
 * (a cheaper pattern that the caller vouches matches wherever the bare one does). `before` must be a
 * look-behind (the edge: see GatedRegExp).
 */
export function gated(before: string, bare: string, after: string, flags: string, gate?: string): GatedRegExp {
  return new GatedRegExp(`${before}(?:${bare})${after}`, flags, gate ?? `(?:${bare})`, before);
}

/**
 * [...text.matchAll(re)] without the copy of the regex that matchAll makes on every call (it dominated
 * the certificate scan: one copy per catalog rule per unit). Same matches in the same order; `re` must
 * have the g flag, and its lastIndex is left at 0.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
  }
  return out;
}

/** Next index after an empty match: one code unit, or a whole surrogate pair in unicode mode (as matchAll). */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * A regex source matching exactly the given literal words, written as a trie ("e(?:ngl|spa)|a(?:ngl|rab)")
 * instead of a flat "engl|espa|angl|arab". Same set of strings, but V8 then tests one first letter per
 * branch instead of every word at every position: several times faster as a gate. Words are lower-cased
 * for sharing branches, so use it with the i flag (and u when the full pattern has it, so case folding
 * agrees); they must be plain text, metacharacters are escaped.
 */
export function literalTrie(words: readonly string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w.toLowerCase()) {
      let child = n.next.get(ch);
      if (!child) n.next.set(ch, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  // A word that ends at a node covers every longer word below it: for "contains a match" they add nothing.
  const emit = (n: Node): string => {
    if (n.end) return '';
    const parts = [...n.next].map(([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + emit(child));
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return emit(root);
}
