// E-mail and web addresses in a requirement line: "send your CV to jobs@acme.net" names no .NET, and
// "www.python.org" or "https://kotlinlang.org" asks for nothing. Their spans are kept out of skill matching.

// The characters an address is made of (RFC 5322 local parts and host names, loosely, in any script).
const ADDRESS_CHAR = /[\p{L}\p{N}._%+\-]/u;
const HOST_CHAR = /[\p{L}\p{N}.\-]/u;
// A fixed prefix, then a run that ends at the first space: one pass over the text, no backtracking.
const TLD = /^\p{L}{2,}$/u;
const WEB = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/giu;

/** The [start, end) spans of the e-mail and web addresses in `text`. */
export function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (text.includes('/') || /www\./i.test(text)) {
    WEB.lastIndex = 0;
    for (let m = WEB.exec(text); m; m = WEB.exec(text)) spans.push([m.index, m.index + m[0].length]);
  }
  // Each '@' is widened by hand to the address around it: a regex starting anywhere in a long word would rescan it.
  let floor = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && ADDRESS_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && HOST_CHAR.test(text[end]!)) end++;
    while (end > at + 1 && text[end - 1] === '.') end--; // the full stop that ends the sentence
    floor = end;
    const dot = text.lastIndexOf('.', end - 1);
    if (start < at && dot > at + 1 && TLD.test(text.slice(dot + 1, end))) spans.push([start, end]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
