// Text copied out of some careers pages and job boards has lost its line breaks: list items and headings run into
// each other ("…attention to detailExcellent written…", "PREFERRED QUALIFICATIONSBachelor's degree…",
// "…internal controls· Lead, manage…"). The section reader then finds no part at all, so the duties are read as
// requirements, and a name glued to the next item ("Office 365Yardi") is missed. Where a posting shows that loss
// (several glued words that no skills list spells), the breaks are put back: between glued words, and before
// bullets that sit inside a line.

import { coreKnowsName } from '../taxonomy/match';
import { classifyPlainHeading } from './headings';

const LETTERS = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
// Character codes, with the Unicode classes asked only past ASCII.
const isUpper = (k: number, c: string) => (k < 128 ? k >= 65 && k <= 90 : UPPER.test(c));
const isLower = (k: number, c: string) => (k < 128 ? k >= 97 && k <= 122 : LOWER.test(c));
const isDigit = (k: number, c: string) => (k < 128 ? k >= 48 && k <= 57 : DIGIT.test(c));
const up = (t: string, i: number) => i >= 0 && i < t.length && isUpper(t.charCodeAt(i), t[i]!);
const low = (t: string, i: number) => i >= 0 && i < t.length && isLower(t.charCodeAt(i), t[i]!);
const digit = (t: string, i: number) => i >= 0 && i < t.length && isDigit(t.charCodeAt(i), t[i]!);

/** Distinct surely glued words (sureBreak) a posting must show before anything is split. */
const MIN_GLUED = 3;
/** A bullet inside a line, before a capitalised item ("…controls· Lead", "Functions• Set up"). */
const INLINE_BULLET = /[•·▪](?=[ \t]*[\p{Lu}\p{N}])/gu;
/** Bullets a line must hold before it is read as a flattened list, and its length. */
const MIN_BULLETS = 3;
const MIN_LIST_LINE = 200;

/**
 * Every glue position in the text, in order: a lower-case word glued to a capitalised one or an acronym, or an
 * upper-case heading or a number glued to a capitalised word, in any Latin script ("accountingAbility",
 * "QUALIFICATIONSBachelor's", "Office 365Yardi"). A scan of character codes: a regex with look-behinds tried at every
 * position of a 200 KB page cost the parse 30 ms.
 */
function gluePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 3; i < text.length; i++) {
    const k = text.charCodeAt(i);
    if (k < 65 || (k > 90 && k < 128) || !up(text, i)) continue; // most characters: one comparison
    if (low(text, i - 1)) {
      if (!low(text, i - 2) || !low(text, i - 3)) continue;
      // "detailExcellent", "andAt": a capitalised word; "CertificationsRCP -": an acronym that ends its word.
      if (low(text, i + 1)) out.push(i);
      else {
        let e = i + 1;
        while (up(text, e)) e++;
        if (e > i + 1 && !(e < text.length && LETTERS.test(text[e]!))) out.push(i);
      }
    } else if ((up(text, i - 1) && up(text, i - 2) && up(text, i - 3)) || (digit(text, i - 1) && digit(text, i - 2))) {
      if (low(text, i + 1) && low(text, i + 2)) out.push(i); // "QUALIFICATIONSBachelor's", "365Yardi"
    }
  }
  return out;
}

const CAPS_WORD = /^(?=[^\p{Lu}]*\p{Lu})[\p{Lu}\p{N}&/'’-]+$/u;
const BEFORE_CAPS = /[\p{Ll}\p{N}.,;:!?)]/u;

/** Where the run of upper-case words that ends at `at` starts ("…United States. ABOUT THE POSITION|"), when text
 * that is not upper case comes before it on the same line; else -1. A scan, not a regex: no backtracking. */
function capsRunStart(text: string, at: number): number {
  let start = at;
  let i = at;
  for (let words = 0; words < 8; words++) {
    let s = i;
    while (s > 0 && text[s - 1] !== ' ' && text[s - 1] !== '\n') s--;
    if (s === i || !CAPS_WORD.test(text.slice(s, i))) break;
    start = s;
    if (s < 2 || text[s - 1] !== ' ') return -1;
    i = s - 1;
  }
  if (start === at || start < 2 || text[start - 1] !== ' ') return -1;
  return BEFORE_CAPS.test(text[start - 2]!) ? start : -1;
}

/** A whole posting in one paragraph: its headings sit inside the line ("…critical environments. What you will do
 * Support enterprise customers… What you will bring 5+ years…"). The common heading phrases, in the languages the
 * parser reads; "About <Name>" when the name starts the next sentence again ("About Red Hat Red Hat is…"). */
const FLAT_LINE = 1500;
const INLINE_HEADING = new RegExp(
  String.raw`(?<=[.!?:)\p{L}\d] )(?:` +
    [
      String.raw`what (?:you(?:'ll| will)?|we(?:'ll| will)?) (?:do|be doing|bring|need|have|offer|look for|are looking for|'re looking for)`,
      String.raw`who you are|about you|about the (?:role|job|position|team|company)|about us`,
      String.raw`(?:key |your |main )?responsibilities|(?:minimum |basic |preferred |required |key )?(?:qualifications|requirements)`,
      String.raw`nice to have|bonus points|benefits|perks|your profile|your tasks`,
      String.raw`deine aufgaben|ihre aufgaben|dein profil|ihr profil|das bringst du mit|was wir (?:dir |ihnen )?bieten`,
      String.raw`vos missions|votre profil|profil recherch[ée]|ce que nous (?:offrons|proposons)`,
      String.raw`requisitos|responsabilidades|qu[ée] ofrecemos|o que oferecemos|wat ga je doen|wat vragen wij|wat bieden wij|functie-?eisen`,
      'about',
    ].join('|') +
    ')(?= )',
  'giu',
);
const NAME_WORD = /^\p{Lu}[\p{L}&.'’-]*$/u;

/** The heading that starts at `at` (found by INLINE_HEADING as `found`), or null: it must start in upper case and
 * be followed by a capitalised word or a number; "About" must be followed by a name that the next sentence repeats. */
function headingAt(line: string, at: number, found: string): string | null {
  if (!/^\p{Lu}/u.test(found)) return null;
  let heading = found;
  if (found.toLowerCase() === 'about') {
    const words = line.slice(at + found.length + 1, at + found.length + 120).split(' ');
    let n = 0;
    while (n < 3 && NAME_WORD.test(words[n] ?? '')) n++;
    const name = words.slice(0, n);
    const k = [1, 2, 3].find((len) => len <= n && words.slice(len, 2 * len).join(' ') === name.slice(0, len).join(' '));
    if (!k) return null;
    heading = `${found} ${name.slice(0, k).join(' ')}`;
  }
  return /^[\p{Lu}\d]/u.test(line.slice(at + heading.length + 1, at + heading.length + 2)) ? heading : null;
}

function hasLongLine(text: string): boolean {
  for (let from = 0; from < text.length; ) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    if (end - from >= FLAT_LINE) return true;
    from = end + 1;
  }
  return false;
}

function inlineHeadings(line: string): string {
  if (line.length < FLAT_LINE) return line;
  let out = '';
  let from = 0;
  for (const m of line.matchAll(INLINE_HEADING)) {
    if (m.index < from) continue;
    const heading = headingAt(line, m.index, m[0]);
    if (!heading) continue;
    out += `${line.slice(from, m.index).trimEnd()}\n${heading}\n`;
    from = m.index + heading.length + 1;
  }
  return from === 0 ? line : out + line.slice(from);
}

/** The whole letter run around each glue point (in order). Points inside one run share it: scanning the run again
 * for each made a 200 KB line of glued words ("QualificationsQualifications…") take a minute. */
function wordsAround(text: string, points: number[]): string[] {
  let s = 0;
  let e = 0;
  let word = '';
  return points.map((at) => {
    if (at > s && at < e) return word;
    s = at;
    e = at;
    while (s > 0 && LETTERS.test(text[s - 1]!)) s--;
    while (e < text.length && LETTERS.test(text[e]!)) e++;
    word = text.slice(s, e);
    return word;
  });
}

/** Is this glue point a lost line break for sure? A word that starts in lower case glued to the next one
 * ("detailExcellent", "andBachelor's": brand names start in upper case), or a heading glued to its first line
 * ("QUALIFICATIONSBachelor's", "Education QualificationsGraduate"). Others ("CloudTrail") count only beside these. */
function sureBreak(text: string, at: number, word: string): boolean {
  if (low(word, 0)) return true;
  const line = text.slice(Math.max(0, at - 60), at).split(/[\n.!?;:]/).pop() ?? '';
  const words = line.trim().split(/\s+/);
  // The heading is the last few words before the glue point ("…with RT students. Education Qualifications").
  for (let n = 1; n <= Math.min(4, words.length); n++) if (classifyPlainHeading(words.slice(-n).join(' '))) return true;
  return false;
}

/** The text with its lost line breaks put back, or the same text when it shows no sign of losing them. A name a
 * skills list spells ("JavaScript", "PostgreSQL") is never split. */
export function restoreLineBreaks(text: string): string {
  const points = gluePoints(text);
  const words = wordsAround(text, points);
  const glued = points.map((at, i) => ({ at, word: words[i]! }));
  const seen = new Map<string, number>();
  for (const g of glued) seen.set(g.word, (seen.get(g.word) ?? 0) + 1);
  const cuts: number[] = [];
  const sure = new Set<string>();
  for (const { at, word } of glued) {
    // A word glued the same way twice is a name ("webMethods", "CompTIA"), not an accident of copying.
    if (seen.get(word)! > 1 || coreKnowsName(word)) continue;
    if (sureBreak(text, at, word)) sure.add(word);
    // An upper-case heading glued to its first line lost the break before it too ("…the United States. ABOUT THE
    // POSITIONReporting to…"): it starts where its run of upper-case words does.
    const head = up(text, at - 1) ? capsRunStart(text, at) : -1;
    if (head > (cuts[cuts.length - 1] ?? 0)) cuts.push(head);
    if (at > (cuts[cuts.length - 1] ?? 0)) cuts.push(at);
  }
  let out = text;
  if (sure.size >= MIN_GLUED) {
    out = '';
    let from = 0;
    for (const at of cuts) {
      out += `${text.slice(from, at)}\n`;
      from = at;
    }
    out += text.slice(from);
  }
  if (hasLongLine(out)) out = out.split('\n').map(inlineHeadings).join('\n');
  return inlineBullets(out);
}

/** Breaks before the bullets of lines that hold a flattened list. One pass over the bullets, not over every line:
 * a long page with ordinary bullets at line starts costs one regex scan. */
function inlineBullets(text: string): string {
  let out = '';
  let from = 0;
  let lineStart = -1;
  let lineEnd = -1; // found once per line: searching back from each bullet made a megabyte line quadratic
  let lineAt: number[] = [];
  const flush = () => {
    if (lineAt.length < MIN_BULLETS || lineEnd - lineStart < MIN_LIST_LINE) return;
    for (const at of lineAt) {
      if (!text.slice(Math.max(from, lineStart), at).trim()) continue; // a bullet that starts its line stays
      out += `${text.slice(from, at).trimEnd()}\n`;
      from = at;
    }
  };
  for (const m of text.matchAll(INLINE_BULLET)) {
    if (m.index >= lineEnd) {
      if (lineStart >= 0) flush();
      lineStart = text.lastIndexOf('\n', m.index) + 1;
      const end = text.indexOf('\n', m.index);
      lineEnd = end < 0 ? text.length : end;
      lineAt = [];
    }
    lineAt.push(m.index);
  }
  if (lineStart >= 0) flush();
  return from === 0 ? text : out + text.slice(from);
}
