// Text normalisation and tokenisation shared by the build script and the matcher.
// Pure TS: no Node or browser API, so it runs in the extension's service worker.

/** Token kinds: a word, a joinable punctuation mark that may be part of an alias (. + # / &),
 * a list separator (, ; ( ) | spaced +) or a hard boundary (sentence end, colon, dash). */
export const WORD = 0;
export const JOIN = 1;
export const SEP = 2;
export const BOUND = 3;

export interface Token {
  /** Normalised text: lowercase, accents folded. Separators/boundaries hold their char. */
  t: string;
  kind: number;
  /** Offsets into the original text (end exclusive). */
  s: number;
  e: number;
}

const foldCache = new Map<string, string>();

/** Lowercase and strip diacritics from one character (ß → ss, æ → ae). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (f === 'ß') f = 'ss';
    else if (f === 'æ') f = 'ae';
    else if (f === 'ø') f = 'o';
    else if (f === 'œ') f = 'oe';
    foldCache.set(ch, f);
  }
  return f;
}

// Chinese and Japanese are written without spaces, and Korean particles attach to the word before them, so a Latin
// name sits glued to them ("熟悉Linux系统", "5年以上PHP开发", "Python을"). No alias is written in these scripts
// (test/taxonomy/lookup.test.ts holds the files to that), so their characters end a word instead of joining it.
// As code-point ranges of the BMP blocks (Hangul jamo, kana, Han, Hangul syllables, compatibility ideographs): a
// Script property class scans slower, and the tokeniser tests one UTF-16 unit at a time anyway.
export const UNSPACED_CHARS = '\\u1100-\\u11ff\\u3040-\\u30ff\\u3130-\\u318f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]`);

function isWordChar(code: number, ch: string): boolean {
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}]/u.test(ch) && !UNSPACED.test(ch);
}

const wordCharCache = new Map<number, boolean>();
function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isWordChar(code, '');
  let w = wordCharCache.get(code);
  if (w === undefined) {
    w = isWordChar(code, text[i] as string);
    wordCharCache.set(code, w);
  }
  return w;
}

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

/** The token a Chinese skill cue stands for: a word no alias contains, read as a cue by ./context.ts. */
export const ZH_CUE = '\u0001cue';
// Chinese runs make no word tokens (no aliases are Chinese), but the cues around a Latin name inside them do:
// "精通C语言", "熟练掌握Go语言开发", "熟悉 Kubernetes", and a lone 和/与/及/或 joins a list like "and".
const ZH_CUES = /精通|熟悉|熟练|掌握|了解|具备|经验|语言|开发|编程|框架|工具/g;
const ZH_LIST = /^[和与及或]$/;

function unspacedRun(text: string, i: number, out: Token[]): number {
  let j = i + 1;
  while (j < text.length && UNSPACED.test(text[j] as string)) j++;
  const run = text.slice(i, j);
  if (ZH_LIST.test(run)) out.push({ t: 'and', kind: WORD, s: i, e: j });
  else for (const m of run.matchAll(ZH_CUES)) out.push({ t: ZH_CUE, kind: WORD, s: i + m.index, e: i + m.index + m[0].length });
  return j;
}

/** Split text into tokens. Hyphens inside words split but vanish ("scikit-learn" = "scikit learn"). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (code === 32) {
      i++; // the commonest character makes no token: skip the tests below
      continue;
    }
    if (code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) : wordAt(text, i)) {
      const s = i;
      // Find the end of the ASCII run first: one slice (lowercased only when it has capitals) instead of
      // building the word char by char. A non-ASCII word char falls back to folding per char.
      let upper = false;
      while (code < 128) {
        if (code >= 97 && code <= 122) {
          /* lowercase letter */
        } else if (code >= 65 && code <= 90) upper = true;
        else if (!(code >= 48 && code <= 57)) break;
        if (++i >= n) break;
        code = text.charCodeAt(i);
      }
      if (i >= n || code < 128) {
        const w = text.slice(s, i);
        out.push({ t: upper ? w.toLowerCase() : w, kind: WORD, s, e: i });
        continue;
      }
      let t = '';
      for (let k = s; k < i; k++) t += foldChar(text[k] as string);
      while (i < n && wordAt(text, i)) {
        t += foldChar(text[i] as string);
        i++;
      }
      out.push({ t, kind: WORD, s, e: i });
      continue;
    }
    if (code >= 0x1100 && UNSPACED.test(text[i] as string)) {
      i = unspacedRun(text, i, out);
      continue;
    }
    const ch = text[i] as string;
    const prevWord = wordAt(text, i - 1);
    const nextWord = wordAt(text, i + 1);
    const prev = text[i - 1];
    if (ch === '.') {
      // ".net", "node.js", "asp.net": a dot directly followed by a letter/digit is part of the alias.
      if (nextWord && (prevWord || isSpace(prev) || prev === '(' || prev === '/')) out.push({ t: '.', kind: JOIN, s: i, e: i + 1 });
      else out.push({ t: '.', kind: BOUND, s: i, e: i + 1 });
    } else if (ch === '+' || ch === '#') {
      // "c++", "c#", "f#", "notepad++": only when glued to the preceding word.
      if (prevWord || (out.length && out[out.length - 1]!.e === i && out[out.length - 1]!.kind === JOIN && (prev === '+' || prev === '#')))
        out.push({ t: ch, kind: JOIN, s: i, e: i + 1 });
      else if (ch === '+') out.push({ t: '+', kind: SEP, s: i, e: i + 1 });
    } else if (ch === '/' || ch === '&') {
      out.push({ t: ch, kind: JOIN, s: i, e: i + 1 });
    } else if (ch === '-' || ch === '\u2010' || ch === '\u2011') {
      // word-internal hyphen: split only. A spaced dash is a clause boundary.
      if (!(prevWord || nextWord)) out.push({ t: '-', kind: BOUND, s: i, e: i + 1 });
    } else if (ch === '\u2013' || ch === '\u2014' || ch === ':' || ch === '!' || ch === '?' || ch === '\n' || ch === '•' || ch === '*' || ch === '。' || ch === '：' || ch === '！' || ch === '？') {
      if (ch === '\u2013' && prevWord && nextWord) {
        /* en dash used as hyphen */
      } else out.push({ t: ch, kind: BOUND, s: i, e: i + 1 });
    } else if (ch === ',' || ch === ';' || ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === '|' || ch === '"' || ch === '、' || ch === '，' || ch === '；' || ch === '（' || ch === '）') {
      out.push({ t: ch, kind: SEP, s: i, e: i + 1 });
    } else if (ch === "'" || ch === '\u2019') {
      // apostrophes split: "driver's" = driver s, "d'équipe" = d equipe
    }
    i++;
  }
  return out;
}

/** The key words of an alias/phrase: its tokens' texts (words and joinable marks only). */
export function aliasTokens(alias: string): string[] {
  return tokenize(alias)
    .filter((t) => t.kind === WORD || t.kind === JOIN)
    .map((t) => t.t);
}

/** A normalised single-string form, used for name lookups and suggestions. */
export function normKey(s: string): string {
  return keyOf(tokenize(s).filter((t) => t.kind === WORD || t.kind === JOIN));
}

/** normKey() of text already tokenised, words and joinable marks only. */
export function keyOf(toks: Token[]): string {
  let out = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const p = toks[i - 1];
    if (p && p.kind === WORD && t.kind === WORD) out += ' ';
    out += t.t;
  }
  return out;
}
