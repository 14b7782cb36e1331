// 50 KB strings that make backtracking regexes blow up: long runs of one character class, separators between
// digits, nested brackets, and, per regex, its own literal fragments repeated (a near match repeated is the
// classic trigger for nested or overlapping quantifiers).
export const SIZE = 50_000;

export interface Adversary {
  name: string;
  text: string;
}

export const fill = (piece: string, n = SIZE): string => piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
const half = (open: string, close: string): string => open.repeat(SIZE / 2) + close.repeat(SIZE / 2);

const RUNS = [
  'a', 'A', 'Word ', 'abc_123', ' ', '\n', '\t ', '\u00a0', '-', '–', '.', ':', '|', '/', '*', '#', '"', "'", ',', ', ', ' or ',
  '- ', '\n- ', '## ', '1', '1,000 ', '1.000,00 ', '10-20 ', '$1', 'é', '‚Äô', '\u200b', '\ud800', '🙂', '<div>', '&amp;',
];

/** The same strings for every regex. */
export const GENERIC: Adversary[] = [
  ...RUNS.map((r) => ({ name: `run ${JSON.stringify(r)}`, text: fill(r) })),
  // The same runs ending in a character that breaks a match at the very end: "aaaa…a!" against /^(a+)+$/.
  ...RUNS.map((r) => ({ name: `run ${JSON.stringify(r)} then "!"`, text: `${fill(r, SIZE - 1)}!` })),
  { name: 'nested ()', text: half('(', ')') },
  { name: 'nested []', text: half('[', ']') },
  { name: 'unclosed (', text: `${fill('(', SIZE - 1)}x` },
  { name: 'word then spaces', text: `${'a'.repeat(SIZE / 2)}${' '.repeat(SIZE / 2 - 1)}!` },
  { name: 'spaces then word', text: `${' '.repeat(SIZE / 2)}${'a'.repeat(SIZE / 2 - 1)}!` },
  // The shapes of the parser's former 3 s timing test (test/structure/robustness.test.ts), at 50 KB.
  { name: 'one word, spaces, another', text: `a${' '.repeat(SIZE - 2)}b` },
  { name: '"Abc Def " then ":"', text: `${fill('Abc Def ', SIZE - 1)}:` },
  { name: '"a, " then "or b"', text: `${fill('a, ', SIZE - 4)}or b` },
  { name: '"#" then " x"', text: `${fill('#', SIZE - 2)} x` },
  { name: '"[" then "]("', text: `${fill('[', SIZE - 2)}](` },
  { name: 'a word and 50 spaces', text: `${fill(`word ${' '.repeat(50)}`, SIZE - 1)}!` },
  { name: '"Acme | Engineer | "', text: fill('Acme | Engineer | ') },
  { name: '"- x", " , but", " is a plus"', text: `- x${fill(' , but', SIZE - 13)} is a plus` },
  { name: '"Rust is a plus", spaces, "but Go"', text: `Rust is a plus${' '.repeat(SIZE - 20)}but Go` },
  { name: 'mojibake "Ã‚"', text: fill('Ã‚') },
];

/** Literal runs of a regex source: "(?:years?|yrs)\\s+of" → years, yrs, of. Escapes of classes are dropped. */
export function fragments(source: string): string[] {
  const plain = source
    .replace(/\\[pPk]\{[^}]*\}|\\[pPk]<[^>]*>|\\u\{?[0-9a-fA-F]+\}?|\\x[0-9a-fA-F]{2}|\\[dDwWsSbBnrtfv0-9]/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\\(.)/g, '$1');
  const parts = plain.split(/[()|?*+{}^$,\s]+/).map((p) => p.replace(/^[:=!<]+/, '')).filter((p) => p.length > 0);
  return [...new Set(parts)];
}

/** Adversaries built from one regex: its fragments repeated, alone, spaced, cut short by one, and all joined. */
export function ownAdversaries(re: RegExp, maxFragments = 6): Adversary[] {
  const frags = fragments(re.source);
  // Spread over the list: alternations hold hundreds of words; the first and the last few are not enough.
  const step = Math.max(1, Math.floor(frags.length / maxFragments));
  const chosen = frags.filter((_, i) => i % step === 0).slice(0, maxFragments);
  const out: Adversary[] = [];
  for (const p of chosen) {
    out.push({ name: `own ${JSON.stringify(p.slice(0, 30))} repeated`, text: `${fill(p, SIZE - 1)}!` });
    out.push({ name: `own ${JSON.stringify(p.slice(0, 30))} spaced`, text: fill(`${p} `) });
    if (p.length > 1) out.push({ name: `own ${JSON.stringify(p.slice(0, 29))} minus last`, text: fill(p.slice(0, -1)) });
  }
  if (chosen.length > 1) out.push({ name: 'own fragments joined', text: fill(chosen.join(' ')) });
  return out;
}
