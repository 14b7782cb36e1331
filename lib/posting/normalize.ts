// Text clean-up run before anything else reads a posting. Pure, linear-time, never throws.
//
// Mojibake: postings scraped from boards are often UTF-8 bytes decoded with the wrong table. We map each
// suspicious character back to the byte it came from (Windows-1252 or Mac Roman) and re-decode the bytes as
// UTF-8, accepting the result only when it is a well-formed sequence in a plausible range. That repairs any
// character, not a fixed list ("â€™" → ’, "Ã©" → é, "‚Äô" → ’, "üí∞" → 💰 where Mac Roman lost the F0 lead).

import { classifyPlainHeading, fold } from './headings';

// Windows-1252 bytes 0x80–0x9F (undefined slots fall back to the Latin-1 C1 control of the same value).
const CP1252_80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
// Mac Roman bytes 0x80–0xFF (0xF0 is the Apple logo, a private-use char that is usually lost).
const MACROMAN_80 =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

function table(high: string, identityFromA0: boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < high.length; i++) m.set(high[i]!, 0x80 + i);
  if (identityFromA0) for (let b = 0xa0; b <= 0xff; b++) m.set(String.fromCharCode(b), b);
  return m;
}
const CP1252 = table(CP1252_80, true);
const MACROMAN = table(MACROMAN_80, false);

const isCont = (b: number | undefined): b is number => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Decodes a UTF-8 sequence starting at bytes[0]; returns the code point or -1. */
function decodeSeq(bytes: number[]): number {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === undefined) return -1;
  if (b0 >= 0xc2 && b0 <= 0xdf && isCont(b1)) return ((b0 & 0x1f) << 6) | (b1 & 0x3f);
  if (b0 >= 0xe0 && b0 <= 0xef && isCont(b1) && isCont(b2)) {
    const cp = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    return cp >= 0x800 ? cp : -1;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4 && isCont(b1) && isCont(b2) && isCont(b3)) {
    const cp = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
    return cp >= 0x10000 && cp <= 0x10ffff ? cp : -1;
  }
  return -1;
}

// Only code points a Western posting plausibly contains: Latin letters, punctuation/symbols, emoji. This
// keeps real text such as "café’”" (which is also valid UTF-8 bytes, for a CJK char) untouched.
function plausible(cp: number, len: number, lead: number, mac: boolean): boolean {
  if (len === 2) return lead <= (mac ? 0xc5 : 0xc5) && cp >= 0x80;
  if (len === 3) return (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0xfe00 && cp <= 0xfeff);
  return cp >= 0x1f000 && cp <= 0x1faff;
}

function tryRepair(s: string, i: number, t: Map<string, number>, mac: boolean): [string, number] | null {
  const lead = t.get(s[i]!);
  if (lead === undefined) return null;
  const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  const bytes: number[] = [];
  if (len === 0) {
    // Mac Roman drops the 0xF0 lead of emoji: "üí∞" is 9F 92 B0 → F0 9F 92 B0.
    if (!mac || lead !== 0x9f) return null;
    bytes.push(0xf0, 0x9f);
    for (let k = 1; k <= 2; k++) bytes.push(t.get(s[i + k] ?? '') ?? -1);
    const cp = decodeSeq(bytes);
    return cp >= 0 && plausible(cp, 4, 0xf0, mac) ? [String.fromCodePoint(cp), 3] : null;
  }
  for (let k = 0; k < len; k++) bytes.push(t.get(s[i + k] ?? '') ?? -1);
  const cp = decodeSeq(bytes);
  return cp >= 0 && plausible(cp, len, lead, mac) ? [String.fromCodePoint(cp), len] : null;
}

const NON_ASCII = /[^\0-\x7f]/g;

/** Repairs UTF-8 text that was decoded as Windows-1252/Latin-1 or Mac Roman. */
export function repairMojibake(s: string): string {
  // Only non-ASCII characters can start a repair: jump from one to the next (a regex scan is far faster
  // than a charCodeAt loop) and copy the untouched stretches between repairs in one slice each.
  let out = '';
  let kept = 0; // s[kept..) is not copied yet
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(s); m; m = NON_ASCII.exec(s)) {
    const i = m.index;
    // Every repair reads the next character as a byte of 0x80 or more, and no ASCII character stands for
    // one in either table: a non-ASCII character followed by an ASCII one (most of them: "’s", "é,") or by
    // nothing is left as it is without looking it up.
    const next = s.charCodeAt(i + 1);
    if (!(next >= 0x80)) continue;
    const r = tryRepair(s, i, CP1252, false) ?? tryRepair(s, i, MACROMAN, true);
    if (!r) continue;
    out += s.slice(kept, i) + r[0];
    kept = i + r[1];
    NON_ASCII.lastIndex = kept;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

// A whole line in bold/underline emphasis is how boards render a heading; keep that signal as a markdown
// heading once the emphasis markers are gone. Sentences (ending in . or !) and "Label: value" lines stay prose.
function boldLineToHeading(line: string): string {
  const m = /^\s*(\*\*|__)(.+)(\*\*|__)\s*$/.exec(line);
  if (!m) return boldBulletToHeading(line);
  const inner = m[2]!.replace(/\*\*|__|(?:^|\s)_|_(?:\s|$)/g, ' ').trim();
  if (!inner || /[.!]$/.test(inner) || /:\s*\S/.test(inner) || inner.split(' ').length > 12) return line;
  if (/\*\*/.test(m[2]!)) return line; // several bold runs on one line: not a single heading
  return `#### ${inner}`;
}

// "  *  **Connaissances techniques**", "* **Preferred experience:**": a list item in bold that only names a part is a
// sub-heading the board drew as a bullet. Only words that name parts qualify, so a bold item that names a skill or a
// topic ("* **AWS Experience**", "* **People Management**", "* **Experience configuring Salesforce CPQ**") stays an
// item of its list.
const PART_WORDS = new Set(
  `skills skill experience experiences qualifications qualification requirements requirement knowledge technical tech
  technology technologies preferred required desired desirable must have nice to good great other additional essential
  useful bonus plus soft hard key core minimum basic mandatory optional general professional personal competencies
  education profile and or & of your the connaissances techniques competences requises requis souhaitees souhaite
  atouts autres formation experiences savoir-faire savoir-etre kenntnisse anforderungen qualifikationen erfahrung
  fahigkeiten wunschenswert requisitos conocimientos experiencia deseable habilidades competencias vereisten kennis
  ervaring vaardigheden conhecimentos desejavel`.split(/\s+/),
);

function boldBulletToHeading(line: string): string {
  const m = /^\s*[*•-]\s+(\*\*|__)([^*_:：,;.()/]+)[:：]?\1\s*[:：]?\s*$/.exec(line);
  if (!m) return line;
  const inner = m[2]!.trim();
  if (!inner.split(/\s+/).every((w) => PART_WORDS.has(fold(w)))) return line;
  return classifyPlainHeading(inner) ? `#### ${inner}` : line;
}

const emphasis = (s: string) => s.includes('**') || s.includes('__');

/** Which literals the rewrites of cleanLine look for occur anywhere in the text. */
interface Marks {
  emphasis: boolean;
  link: boolean;
  underscore: boolean;
  spacing: boolean;
}

// Each rewrite below needs a literal the line rarely has ("**", "](", "_", two spaces); looking for that
// first skips most regex calls on the thousands of lines of a long posting, and a literal the whole text
// lacks is not looked for line by line, unless an earlier rewrite changed the line (removing "**" can leave
// two spaces). Each rewrite but the heading one only ever shortens the line, so a length says it changed.
function cleanLine(line: string, marks: Marks): string {
  let l = marks.emphasis && emphasis(line) ? boldLineToHeading(line) : line;
  let changed = l !== line; // the same string unless it became a heading
  // Links: keep only the text, except on markdown heading lines, where readHeader wants the URL.
  if ((marks.link || changed) && l.includes('](') && !/^\s*#{1,6}\s/.test(l)) l = l.replace(/\[([^\][\n]*)\]\(([^()\s]*)\)/g, '$1');
  changed ||= l.length !== line.length;
  if ((marks.emphasis || changed) && emphasis(l)) l = l.replace(/\*\*|__/g, '');
  changed ||= l.length !== line.length;
  // Single-underscore italics: only at word edges, so snake_case identifiers survive.
  if ((marks.underscore || changed) && l.includes('_')) l = l.replace(/(^|[\s(])_(?=\S)/g, '$1').replace(/(\S)_(?=$|[\s.,:;!?)])/g, '$1');
  l = l.trimEnd(); // trimEnd: a '[ \t]+$' regex is quadratic
  changed ||= l.length !== line.length;
  if ((marks.spacing || changed) && (l.includes('  ') || l.includes('\t'))) l = l.replace(/(\S)[ \t]{2,}/g, '$1 ');
  return l;
}

// Invisible characters go, odd spaces and hyphens become plain ones: one pass over the text for all three
// (the sets are disjoint and no replacement is in any of them, so the order of the three does not matter).
const ODD_CHARS = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2007\u202F\t\u2010\u2011]/g;
const oddChar = (c: string) => (c === '\u2010' || c === '\u2011' ? '-' : c === '\u00A0' || c === '\u2007' || c === '\u202F' || c === '\t' ? ' ' : '');

/** Normalises raw posting text: mojibake, line endings, invisible chars, markdown emphasis and links. */
export function normalizeText(raw: string): string {
  try {
    let s = typeof raw === 'string' ? raw : String(raw ?? '');
    s = s.replace(/\r\n?/g, '\n');
    s = repairMojibake(s);
    s = s.normalize('NFC');
    s = s.replace(ODD_CHARS, oddChar);
    // Markdown's escapes of punctuation are the punctuation ("experience \- ideally", "\- Understanding of"); an
    // escaped asterisk or underscore stays escaped, so it never turns into emphasis.
    if (s.includes('\\')) s = s.replace(/\\([-.()[\]+!#>|~`])/g, '$1');
    // A lone Greek beta between words is a mangled dash (seen as "GCP at depth β IAM").
    if (s.includes('β')) s = s.replace(/([\w)\]]) β (?=[\w(])/g, '$1 — ');
    const marks: Marks = {
      emphasis: emphasis(s),
      link: s.includes(']('),
      underscore: s.includes('_'),
      spacing: s.includes('  ') || s.includes('\t'),
    };
    return s
      .split('\n')
      .map((line) => cleanLine(line, marks))
      .join('\n');
  } catch {
    return typeof raw === 'string' ? raw : '';
  }
}
