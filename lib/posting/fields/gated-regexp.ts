// Speed, not meaning: a regex that runs a cheap pre-check before the real pattern.
//
// Our word-edged patterns start with a Unicode look-behind ("(?<![\p{L}\p{N}_])(?:a|b|…)"). That look-behind
// stops V8 from skipping ahead to the characters a match can start with, so the whole alternation is tried at
// every position: several times slower than the bare alternation "(?:a|b|…)". Every match of the full pattern
// contains a match of the bare one, so when the bare one finds nothing anywhere, neither can the full pattern,
// and that is the usual case (most lines hold no degree, cue or certificate). Results are identical to a plain
// RegExp of the same source and flags: the pre-check only ever answers "no match" where the full one would.

export class GatedRegExp extends RegExp {
  /** The bare pattern (no g/y flag): matches somewhere whenever this regex does. */
  readonly gate: RegExp;
  /**
   * A plain RegExp of the same source and flags that does the matching: V8 runs exec on a subclass instance
   * through its slow, generic path (lastIndex and flags read as properties), several times the cost of a gate.
   */
  private readonly plain: RegExp;
  private readonly resumable: boolean;

  /** `gate` is optional only so that the copies matchAll/split make (new C(this, flags)) keep the parent's gate. */
  constructor(pattern: string | RegExp, flags?: string, gate?: RegExp) {
    super(pattern, flags);
    const inherited = pattern instanceof GatedRegExp ? pattern.gate : undefined;
    const g = gate ?? inherited;
    if (!g) throw new Error('GatedRegExp needs a gate');
    this.gate = g;
    this.plain = new RegExp(this.source, this.flags);
    this.resumable = this.global || this.sticky;
  }

  override exec(s: string): RegExpExecArray | null {
    if (!this.resumable) return this.gate.test(s) ? this.plain.exec(s) : null; // lastIndex is not used or set
    // A global/sticky search resumed mid-string is not re-checked: the first call already passed the gate.
    const from = this.lastIndex;
    if (from === 0 && !this.gate.test(s)) return null; // a failed global search leaves lastIndex 0, as here
    const plain = this.plain;
    plain.lastIndex = from;
    const m = plain.exec(s);
    this.lastIndex = plain.lastIndex;
    return m;
  }

  override test(s: string): boolean {
    return this.exec(s) !== null;
  }
}

/**
 * `(?:${bare})` wrapped in `before`/`after` look-arounds, gated by the bare alternation itself, or by `gate`
 * (a cheaper pattern that the caller vouches matches wherever the bare one does).
 */
export function gated(before: string, bare: string, after: string, flags: string, gate?: string): GatedRegExp {
  const gateFlags = flags.replace(/[gy]/g, '');
  return new GatedRegExp(`${before}(?:${bare})${after}`, flags, new RegExp(gate ?? `(?:${bare})`, gateFlags));
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
