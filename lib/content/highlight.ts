// Finds a sentence of the posting in the page and shows it: selects it and scrolls it into view. The page's
// DOM is not modified (no wrapper elements), so nothing the page's scripts rely on changes.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const fold = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ');

interface Flat {
  text: string;
  /** For each character of text: its node and offset in that node. */
  at: { node: Text; offset: number }[];
}

/** The body's visible-ish text with whitespace collapsed, and where each character came from. */
function flatten(doc: Document): Flat {
  const at: Flat['at'] = [];
  // Pieces joined once at the end, and the previous piece remembered: asking the growing string whether it ends
  // in a space flattens it on every character, which froze the tab on a page with a 1 MB line.
  const out: string[] = [];
  let afterSpace = false;
  const root = doc.body;
  if (!root) return { text: '', at };
  const texts: Text[] = [];
  const visit = (n: Node): void => {
    if (n.nodeType === 3) texts.push(n as Text);
    else if (n.nodeType === 1 && !SKIP.has((n as Element).tagName.toUpperCase())) n.childNodes.forEach(visit);
  };
  visit(root);
  for (const n of texts) {
    const s = n.data;
    for (let i = 0; i < s.length; i++) {
      const space = /[\s\u00a0]/.test(s[i]!);
      if (space && afterSpace) continue;
      out.push(space ? ' ' : s[i]!.toLowerCase());
      at.push({ node: n, offset: i });
      afterSpace = space;
    }
  }
  return { text: out.join(''), at };
}

/** The sentence, or failing that its start (the parser may have cut bullets or joined lines differently). */
export interface Found {
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
}

export function findSentence(doc: Document, sentence: string): Found | null {
  const needle = fold(sentence).replace(/^[-•*]\s*/, '').trim();
  if (!needle) return null;
  const flat = flatten(doc);
  for (const len of [needle.length, 80, 40]) {
    const probe = needle.slice(0, len).trim();
    if (probe.length < 12 && len !== needle.length) continue;
    const i = flat.text.indexOf(probe);
    if (i < 0) continue;
    const last = flat.at[i + probe.length - 1]!;
    return { start: flat.at[i]!, end: { node: last.node, offset: Math.min(last.offset + 1, last.node.length) } };
  }
  return null;
}

export function highlightSentence(doc: Document, sentence: string): boolean {
  const found = findSentence(doc, sentence);
  if (!found) return false;
  const range = doc.createRange();
  range.setStart(found.start.node, found.start.offset);
  range.setEnd(found.end.node, found.end.offset);
  const sel = doc.getSelection?.();
  sel?.removeAllRanges();
  sel?.addRange(range);
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
