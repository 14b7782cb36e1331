// Alternatives ("A or B", "A/B", "e.g. A, B", "(A, B or C)") and clause-level preferred cues in one unit.
// Both work on the gaps between skill matches, so a generic parent before "such as" ("containerization
// technologies such as Docker") is never pulled into the group: the words between break the run.
import { endsAbbreviation } from './abbreviations';
import type { SkillMatch } from './types';
import { findCues, PREDICATE_BEFORE, type Cue } from './cues';
import { textMemo } from './fields/memo';

type Gap = 'or' | 'and' | 'slash' | 'comma';
type Span = [number, number];

const AND_WORDS = new Set(['and', 'und', 'et', 'y', 'e', 'en', '&', '+', 'sowie', 'well', 'ainsi', 'así', 'asi']);
const OR_WORDS = new Set(['or', 'oder', 'ou', 'o', 'u', 'of', 'nor', 'and/or', 'und/oder', 'et/ou', 'y/o', 'e/ou', 'en/of']);
const FILLER = new Set([',', ';', '/', '|', 'as', 'que', 'como', 'either', 'neither', 'also', 'even', 'maybe', 'possibly']);
const INTRO =
  /(?:\be\.?\s?g\.?|\bi\.?e\.?|\beg|such as|\blike|including|incl\.?|one (?:or more )?of|any of|either|z\.\s?b\.?|\bwie|beispielsweise|etwa|par exemple|p\.\s?ex\.?|\bcomme|tel(?:le)?s? que|por ejemplo|\bcomo|tales como|zoals|bijvoorbeeld|bijv\.?|\bbv\.?|por exemplo)[\s:,(]*$/i;
// Explicit example markers: what follows them are examples of one need, even when joined by "and"
// ("e.g. Postgres, MySQL and Redis"), unlike "such as Docker and Kubernetes", which may list two needs.
const EXAMPLES = /(?:\be\.?\s?g\.?|\beg|for example|for instance|z\.\s?b\.?|beispielsweise|par exemple|p\.\s?ex\.?|por ejemplo|bijvoorbeeld|bijv\.?|\bbv\.?|por exemplo)[\s:,(]*$/i;
const TAIL = /^\s*(?:,\s*)?(?:or|oder|ou|o|of)\s+(?:similar|equivalent|other|comparable|related|another|any|[äa]hnlich|[ée]quivalent|similaire|similar|vergelijkbaar|semelhante)/i;

/** Paren spans [open, close] at depth one. */
function parens(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ')' && depth > 0) {
      depth--;
      if (depth === 0) out.push([open, i + 1]);
    }
  }
  return out;
}

// The same short gaps (", ", " or ", " / ") come back for every pair of neighbouring matches: remember them.
const gapKind = textMemo((gap: string): Gap | null => (gap.length > 40 ? null : classifyGap(gap)));

function classifyGap(gap: string): Gap | null {
  const g = gap.toLowerCase().replace(/\([^()]{0,30}\)/g, ' ');
  let cleaned = g;
  for (const c of findCues(g).reverse()) cleaned = cleaned.slice(0, c.start) + ' ' + cleaned.slice(c.end);
  const tokens = cleaned.replace(/([,;|&+])/g, ' $1 ').replace(/(^|\s)\/(\s|$)/g, ' / ').split(/\s+/).filter(Boolean);
  let kind: Gap = /[/|]/.test(cleaned) ? 'slash' : 'comma';
  let hasAnd = false;
  let hasOr = false;
  for (const t of tokens) {
    if (OR_WORDS.has(t)) hasOr = true;
    else if (AND_WORDS.has(t)) hasAnd = true;
    else if (!FILLER.has(t)) return null;
  }
  if (hasOr) kind = 'or';
  else if (hasAnd) kind = 'and';
  return kind;
}

/** Groups (indexes into `matches`) of skills named as alternatives of each other in one unit. */
export function groupAlternatives(unitText: string, matches: SkillMatch[]): number[][] {
  const groups: number[][] = [];
  const ps = parens(unitText);
  let run: number[] = [];
  let gaps: Gap[] = [];
  const flush = () => {
    if (run.length >= 2) groupRun(unitText, matches, run, gaps, ps, groups);
    run = [];
    gaps = [];
  };
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const prev = run.length ? matches[run[run.length - 1]!]! : null;
    if (prev && m.start < prev.end) continue; // overlapping match: keep the first
    const kind = prev ? gapKind(unitText.slice(prev.end, m.start)) : null;
    if (prev && kind) {
      run.push(i);
      gaps.push(kind);
    } else {
      flush();
      run = [i];
    }
  }
  flush();
  return groups;
}

function groupRun(text: string, ms: SkillMatch[], run: number[], gaps: Gap[], ps: Span[], out: number[][]) {
  const first = ms[run[0]!]!;
  const last = ms[run[run.length - 1]!]!;
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  const introduced = INTRO.test(before);
  if (EXAMPLES.test(before)) return void out.push(run);
  const inParen = ps.some(([a, b]) => a < first.start && last.end <= b);
  const tail = TAIL.test(text.slice(last.end, last.end + 30));
  // Members joined by "and" are all wanted: split the run there.
  const subs: Array<{ idx: number[]; gaps: Gap[] }> = [{ idx: [run[0]!], gaps: [] }];
  for (let k = 1; k < run.length; k++) {
    const g = gaps[k - 1]!;
    if (g === 'and') subs.push({ idx: [run[k]!], gaps: [] });
    else {
      subs[subs.length - 1]!.idx.push(run[k]!);
      subs[subs.length - 1]!.gaps.push(g);
    }
  }
  subs.forEach((s, si) => {
    if (s.idx.length < 2) return;
    const whole =
      s.gaps.includes('or') || (introduced && si === 0) || (inParen && subs.length === 1) || (tail && si === subs.length - 1);
    if (whole) return void out.push(s.idx);
    let chain = [s.idx[0]!];
    for (let k = 1; k < s.idx.length; k++) {
      if (s.gaps[k - 1] === 'slash') chain.push(s.idx[k]!);
      else {
        if (chain.length >= 2) out.push(chain);
        chain = [s.idx[k]!];
      }
    }
    if (chain.length >= 2) out.push(chain);
  });
}

const CLAUSE_BREAK =
  /[;；，]|(?<=[.!?])\s+(?=\p{Lu})|,? (?:but|however|whereas|although|aber|jedoch|allerdings|mais|cependant|pero|sin embargo|maar|echter|mas|por[ée]m) /giu; // Chinese commas separate clauses ("5年以上PHP开发经验，有golang开发经验者优先"). Single spaces: '\s+X\s+' unanchored is quadratic on long blank runs

function clauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    // "(z.B. Global Payment Plus, …)", "e.g. Vue": an abbreviation's dot before a capital ends no clause.
    if (/^\s/.test(m[0]) && endsAbbreviation(text, m.index - 1)) continue;
    out.push([start, m.index ?? 0]);
    start = (m.index ?? 0) + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The comma-piece around [a, b] inside the clause, widened over preceding short list items ("Vue, Angular"). */
function piece(text: string, a: number, b: number, [cs, ce]: Span, ps: Span[]): Span {
  const outside = (i: number) => !ps.some(([x, y]) => x < i && i < y);
  const commas: number[] = [];
  for (let i = cs; i < ce; i++) if (text[i] === ',' && outside(i)) commas.push(i);
  const before = commas.filter((i) => i < a);
  const after = commas.find((i) => i >= b);
  let k = before.length - 1;
  let start = k >= 0 ? before[k]! + 1 : cs;
  while (k >= 0) {
    const prevStart = k > 0 ? before[k - 1]! + 1 : cs;
    if (wordCount(text.slice(prevStart, before[k]!)) > 3) break;
    start = prevStart;
    k--;
  }
  return [start, after ?? ce];
}

// Not inline: tsx (esbuild) would rebuild it on every call (a `new RegExp` for \p{…} outside a class).
const TWO_LETTERS = /\p{L}{2,}/u;

function cueScope(text: string, c: Cue, cl: Span, ps: Span[]): Span {
  const paren = ps.find(([a, b]) => a < c.start && c.end <= b);
  if (paren) {
    const rest = (text.slice(paren[0] + 1, c.start) + ' ' + text.slice(c.end, paren[1] - 1))
      .replace(/\b(?:but|not|required|very|highly|strongly|is|are|a|an|be|would|also|but)\b/gi, '')
      .trim();
    if (TWO_LETTERS.test(rest)) return paren; // "(SaaS preferred)", "(preferably Git and SVN)"
    return piece(text, paren[0], paren[1], cl, ps); // bare "(ideally)" tags its neighbours
  }
  if (c.type === 'lead') return [c.start, cl[1]];
  const before = text.slice(cl[0], c.start);
  if (wordCount(before) <= 2) return [cl[0], cl[1]]; // "Preferred experience with X", "Desirable: X"
  if (PREDICATE_BEFORE.test(before.slice(-40))) return [cl[0], c.end]; // "X is a plus"
  return piece(text, c.start, c.end, cl, ps); // "…, German beneficial"
}

/** Preferred-cue scopes of a unit: the character spans its nice-to-have words cover. */
export function preferredScopes(unitText: string): Span[] {
  const cues = findCues(unitText);
  if (!cues.length) return [];
  // A "unit" this long is not a sentence (unsplittable page text): keep it linear and tag it whole.
  if (unitText.length > 4000) return [[0, unitText.length]];
  const ps = parens(unitText);
  const cls = clauses(unitText);
  return cues.map((c) => cueScope(unitText, c, cls.find(([a, b]) => c.start >= a && c.start < b) ?? [0, unitText.length], ps));
}

// unitPreferredForMatch is asked once per skill match of the same unit in a row: keep the last scopes.
let lastText: string | null = null;
let lastScopes: readonly Span[] = [];

/** True when a cue in the unit's text covers this match (clause-level, not the whole sentence). */
export function unitPreferredForMatch(unitText: string, match: Pick<SkillMatch, 'start' | 'end'>): boolean {
  if (unitText !== lastText) {
    lastScopes = preferredScopes(unitText);
    lastText = unitText;
  }
  return lastScopes.some(([a, b]) => match.start < b && match.end > a);
}
