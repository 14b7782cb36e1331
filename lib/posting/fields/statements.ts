// Statements of a whole posting text, as remote.ts and salary.ts read it: cut at every newline, and at a whole
// run of whitespace right after . ! or ? (followed by a capital when asked). Pure string work.

const SPACE = /\s/;
const UPPER = /[A-Z]/;
const NEWLINE_OR_MARK = /[\n.!?]/g;

/**
 * [start, end) of each piece, flattened: the same pieces as text.split(/\n|(?<=[.!?])\s+/), or with
 * `upperNext` as text.split(/\n|(?<=[.!?])\s+(?=[A-Z])/). V8 runs a look-behind split by trying every
 * position, several times slower than this scan, which jumps from one newline or mark to the next.
 */
export function statementSpans(text: string, upperNext: boolean): number[] {
  const out: number[] = [];
  const n = text.length;
  let start = 0;
  const re = NEWLINE_OR_MARK;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    if (text[at] === '\n') {
      // The "\n" alternative is tried first, so a newline right after the mark is a cut on its own.
      out.push(start, at);
      start = at + 1;
      continue;
    }
    const i = at + 1;
    if (!(i < n && text[i] !== '\n' && SPACE.test(text[i]!))) continue;
    let j = i + 1;
    while (j < n && SPACE.test(text[j]!)) j++;
    // A shorter run is followed by more whitespace, never a capital: only the whole run can cut.
    if (upperNext && !(j < n && UPPER.test(text[j]!))) continue; // newlines in the run still cut
    out.push(start, i);
    start = j;
    re.lastIndex = j;
  }
  re.lastIndex = 0;
  out.push(start, n);
  return out;
}

/** The pieces statementSpans describes. */
export function splitStatements(text: string, upperNext: boolean): string[] {
  const spans = statementSpans(text, upperNext);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(text.slice(spans[k], spans[k + 1]));
  return out;
}

/**
 * splitStatements(text, upperNext).filter((s) => gate.test(s)), for a `gate` with the g flag whose matches
 * neither start on whitespace nor hold a newline or a mark and the whitespace after it: such a match never
 * crosses a cut, and its word edges see the same neighbours (whitespace) in the text as in the piece. One
 * search through the whole text then replaces a regex call per statement, and skips the others' slices.
 */
export function statementsWith(text: string, upperNext: boolean, gate: RegExp): string[] {
  const spans = statementSpans(text, upperNext);
  const out: string[] = [];
  let k = 0;
  gate.lastIndex = 0;
  for (let m = gate.exec(text); m; m = gate.exec(text)) {
    const at = m.index;
    while (k < spans.length && spans[k + 1]! <= at) k += 2;
    if (k >= spans.length) break;
    if (at < spans[k]!) continue; // in the whitespace between two statements
    const end = spans[k + 1]!;
    out.push(text.slice(spans[k], end));
    k += 2;
    gate.lastIndex = end; // the rest of that statement adds nothing
  }
  gate.lastIndex = 0;
  return out;
}
