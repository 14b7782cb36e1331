// Issue #7: "Every regular expression finishes under 10 ms on 50 KB adversarial strings." A regex that backtracks
// catastrophically takes seconds or hours on such strings, a linear one a few milliseconds. A busy machine slows
// the linear ones too (CI once timed one at 10.7 ms), so here a regex fails only when it is over 10 ms and also
// many times a linear yardstick timed beside it; the absolute 10 ms is `npm run bench`'s (test/bench/regex.ts).
// The usual fix when a regex fails here: "(?<!\s)" before a leading \s+ or \s*, so that a match can start only
// where a run of whitespace starts (where the leftmost match started anyway), not at each position inside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERIC, ownAdversaries, SIZE } from './regex-adversary';
import { scanSource, takeCensus, type Census } from './regex-census';
import { regexTimer, type RegexTimer } from './regex-timing';

const LIMIT_MS = 10;
/** Linear regexes here take at most ~5 times the yardstick; one that backtracks, hundreds of times. */
const MAX_TIMES_YARDSTICK = 20;
let census: Census;
let timer: RegexTimer;

beforeAll(async () => {
  census = await takeCensus();
  timer = regexTimer(LIMIT_MS);
}, 300_000);
afterAll(() => timer?.close());

describe('regex census of lib/posting, lib/page, the taxonomy matcher and the record schema', () => {
  it('tells regex literals from division and comments, and finds RegExp/GatedRegExp constructions', () => {
    const sample = [
      'const a = /x+/g, half = 4 / 2 / 1; // /not a regex/',
      'const b = `${a.source}/nor this/`, c = [/\\//u, /[/]/];',
      "const d = new RegExp('y', 'u'), e = RegExp(String.raw`z`), f = new GatedRegExp('w', 'g', /w/);",
      'class C extends RegExp { copy() { return new RegExp(this.source, this.flags); } }',
    ].join('\n');
    const { literals, constructions } = scanSource('sample.ts', sample);
    expect(literals.map((l) => `${l.where} ${String(l.regex)}`)).toEqual(['sample.ts:1 /x+/g', 'sample.ts:2 /\\//u', 'sample.ts:2 /[/]/', 'sample.ts:3 /w/']);
    expect(constructions).toEqual([
      { where: 'sample.ts:3', copy: false },
      { where: 'sample.ts:3', copy: false },
      { where: 'sample.ts:3', copy: false },
      { where: 'sample.ts:4', copy: true },
    ]);
  });

  it('finds the literals, the exported regexes and the ones built at run time', () => {
    const copies = census.constructions.filter((c) => c.copy).length;
    console.log(
      `regex census: ${census.literalCount} literals, ${census.exportedCount} exported, ${census.constructions.length} ` +
        `construction sites (${copies} self-copies), ${census.traced.length} built at run time; ${census.regexes.size} distinct`,
    );
    expect(census.literalCount).toBeGreaterThan(250);
    expect(census.exportedCount).toBeGreaterThan(0);
    expect(census.constructions.length).toBeGreaterThan(10);
    expect(census.traced.length).toBeGreaterThan(100);
  });

  it('saw every `new RegExp` / `new GatedRegExp` of the sources run while real postings and pages were read', () => {
    const ran = new Set(census.traced.flatMap((t) => t.frames));
    const missed = census.constructions.filter((c) => !c.copy && !ran.has(c.where)).map((c) => c.where);
    // A construction that never ran would leave its regex out of the timing test: run it from the corpus.
    expect(missed).toEqual([]);
  });
});

describe('every regex on 50 KB adversarial strings', () => {
  it('tells a regex that backtracks from a busy machine: the yardstick is far below it', async () => {
    const r = await timer.time(/^(?:\w+\s?)+$/, []); // exponential on "aaaa…!" strings
    expect(r.slow.length).toBeGreaterThan(0);
    for (const s of r.slow) expect(s.ms).toBeGreaterThan(MAX_TIMES_YARDSTICK * s.walk);
  });

  it(`finishes each exec (or exec-to-the-end with g) in under ${LIMIT_MS} ms or ${MAX_TIMES_YARDSTICK} yardsticks, best of 3`, async () => {
    expect(GENERIC.every((a) => a.text.length === SIZE)).toBe(true);
    const slow: string[] = [];
    let runs = 0;
    for (const { regex, where } of census.regexes.values()) {
      if (process.env.POSTFIT_REGEX_TRACE) console.log(`timing /${regex.source.slice(0, 120)}/${regex.flags} (${[...where].join(', ')})`);
      const r = await timer.time(regex, ownAdversaries(regex));
      runs += r.runs;
      for (const s of r.slow.filter((x) => x.ms >= MAX_TIMES_YARDSTICK * x.walk)) slow.push(`${s.ms.toFixed(1)} ms (walk ${s.walk.toFixed(2)} ms, x${(s.ms / s.walk).toFixed(1)}) on ${s.size} chars of ${s.name}: /${regex.source.slice(0, 100)}/${regex.flags} (${[...where].join(', ')})`);
    }
    expect(runs).toBeGreaterThan(census.regexes.size * GENERIC.length);
    expect(slow, slow.join('\n')).toEqual([]);
  }, 600_000);
});
