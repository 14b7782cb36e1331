// Hostile text: the characters and fragments real pages and copy-pastes carry, and the edits that break
// a good posting (cut, doubled, spliced, re-encoded). Shared by the parser and the page-extraction fuzzers.
import fc from 'fast-check';

/** Control, invisible, bidi, non-characters, lone surrogates, combining marks, mojibake, odd case folds. */
export const ODD_CHARS = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\r', '\r\n', '\t', '\n\n\n',
  '\u00a0', '\u00ad', '\u034f', '\u061c', '\u180e', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2028',
  '\u2029', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u3000', '\ufeff', '\ufffc', '\ufffd', '\ufffe', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\udfff\ud800',
  '\ud83d\ude00', '\ud83d', 'e\u0301\u0301\u0301', '\u0301', 'ﬁ', 'İ', 'ı', 'ß', 'ǅ', '\u212a', 'Ω', '０１２',
  '١٢٣', '٫', '漢字', 'ü', 'Ã©', 'Ã', 'Â', 'â€™', 'â€“', 'ðŸ’°', '‚Äô', 'Ã¼', 'üí', 'β', '\u{1d400}', '\u{e0001}',
];

/** Markdown, HTML and punctuation fragments the parser keys on. */
export const MARKUP = [
  '**', '__', '#', '## ', '\n### ', '\n# ', '\n- ', '\n* ', '\n• ', '\n1. ', '\n  - ', '- ', '|', ' | ', '---', '```',
  '> ', '<', '>', '</', '<br>', '<li>', '</ul>', '&amp;', '&lt;p&gt;', '&#0;', '&#xD800;', '&#x110000;', '&nbsp;',
  '&constructor;', '[', ']', '(', ')', '((', '{', '}', '](', '\\', '/', ':', ';', ',', '.', '...', '…', '!', '?',
  '"', "'", '`', '$', '€', '£', '¥', '₹', '%', '+', '~', '–', '—', '-', '*', '=', '@', '\n', ' ', '  ', '\n\n',
];

/** Words and phrases that drive the parser's sections, cues and fields, in its five languages. */
export const POSTING_WORDS = [
  'Requirements:', 'Qualifications', 'Minimum qualifications:', 'Nice to have', 'Preferred', 'Bonus points',
  'must have', 'required', 'is a plus', 'or', 'and', 'and/or', 'e.g.', 'such as', 'including', 'About us',
  'Responsibilities', 'What you will do', 'Benefits', 'Python', 'AWS', 'GCP', 'Kubernetes', 'k8s', 'SQL', 'C++',
  'C#', '.NET', 'Node.js', 'React', 'Go', 'R', 'Java', 'Excel', 'communication', 'years', '5+ years',
  '3-5 years of experience', 'a minimum of 8 years', 'Bachelor', "Master's degree", 'PhD', 'degree in Computer Science',
  'English', 'German', 'fluent', 'CPA', 'CISSP', 'AWS Certified', 'remote', 'fully remote', 'hybrid', 'on-site',
  'visa sponsorship', 'no sponsorship', 'security clearance', 'TS/SCI', 'authorized to work', '$120k', '$120,000 - $160,000',
  '€60.000 - €80.000', '100,000', '1.000.000', '45/h', 'per hour', '/yr', 'k', 'USD', 'Anforderungen', 'Ihr Profil',
  'mindestens 3 Jahre', 'Profil recherché', 'Requisitos', 'Vereisten', 'Engineer', 'Acme Corp', 'Senior', 'at',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** One piece of hostile text. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: pick(POSTING_WORDS), weight: 4 },
  { arbitrary: pick(MARKUP), weight: 3 },
  { arbitrary: pick(ODD_CHARS), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.nat({ max: 1_000_000 }).map(String), weight: 1 },
);

/** Short hostile texts (up to ~300 characters): most fuzz runs use these. */
export const shortText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.oneof(loneSurrogate, pick(ODD_CHARS), pick(MARKUP)), maxLength: 120 }),
  fc.array(token, { maxLength: 60 }).map((a) => a.join('')),
  fc.array(token, { maxLength: 60 }).map((a) => a.join(' ')),
);

/** A whole string re-encoded the ways pages break it. */
const RECODE: Record<string, (s: string) => string> = {
  mojibake: (s) => Buffer.from(s, 'utf8').toString('latin1'),
  doubleMojibake: (s) => Buffer.from(Buffer.from(s, 'utf8').toString('latin1'), 'utf8').toString('latin1'),
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  cr: (s) => s.replace(/\n/g, '\r'),
  oneLine: (s) => s.replace(/\s+/g, ' '),
  upper: (s) => s.toUpperCase(),
  zeroWidth: (s) => s.split(' ').join('\u200b '),
  bidi: (s) => `\u202e${s.split('\n').join('\u202c\n\u2067')}\u2069`,
  nul: (s) => s.split(' ').join('\u0000'),
  nbsp: (s) => s.replace(/ /g, '\u00a0'),
};

export type Edit = readonly [op: 'cut' | 'delete' | 'double' | 'insert' | 'replace' | 'recode', a: number, b: number, piece: string];

const edit = (pieces: fc.Arbitrary<string>): fc.Arbitrary<Edit> =>
  fc.tuple(fc.constantFrom('cut', 'delete', 'double', 'insert', 'replace', 'recode'), fc.nat(), fc.nat(), pieces);

/** Applies one edit at a position derived from `a` (and a span from `b`), so any text takes any edit. */
export function applyEdit(text: string, [op, a, b, piece]: Edit): string {
  const i = a % (text.length + 1);
  const j = Math.min(text.length, i + (b % 2000));
  switch (op) {
    case 'cut':
      return text.slice(0, i);
    case 'delete':
      return text.slice(0, i) + text.slice(j);
    case 'double':
      return text.slice(0, j) + text.slice(i, j) + text.slice(i);
    case 'insert':
      return text.slice(0, i) + piece + text.slice(i);
    case 'replace':
      return text.slice(0, i) + piece + text.slice(j);
    case 'recode': {
      const names = Object.keys(RECODE);
      return text.slice(0, i) + RECODE[names[b % names.length]!]!(text.slice(i, j)) + text.slice(j);
    }
  }
}

/** A window of one of `bases` (start and length drawn), then up to `maxEdits` edits with `pieces`. */
export function mutated(bases: readonly string[], pieces: fc.Arbitrary<string>, window: number, maxEdits = 4): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...bases), fc.nat(), fc.integer({ min: 1, max: window }), fc.array(edit(pieces), { minLength: 1, maxLength: maxEdits }))
    .map(([base, start, len, edits]) => {
      const from = base.length > len ? start % (base.length - len + 1) : 0;
      return edits.reduce(applyEdit, base.slice(from, from + len));
    });
}
