// How many inputs each fuzz property runs. Issue #7 asks for 100,000 in all through the parser and page
// extraction: most of them short, a few hundred long or whole pages (those take up to a second each).
export const RUNS = {
  'parser/generated': 35_000,
  'parser/mutated-window': 24_500,
  'parser/mutated-whole': 500,
  'parser/long': 40,
  'page/generated': 20_000,
  'page/jsonld': 12_000,
  'page/fixture-window': 7_700,
  'page/fixture-whole': 220,
  'page/long': 40,
} as const;

export type FuzzName = keyof typeof RUNS;

/** "24,500": the count as the test names show it. */
export const count = (name: FuzzName): string => RUNS[name].toLocaleString('en-US');
