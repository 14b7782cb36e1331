import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { SavedPosting } from '../../lib/db/records';
import { countByStatus, filterRows, sortRows, toRow, type ListRow } from '../../lib/saved/list';
import { closeness, learnNext, type LearnPosting } from '../../lib/saved/learn';
import { csvCell, toCsv, toJson } from '../../lib/saved/export';
import { missingOf, rescore, staleScores } from '../../lib/saved/rescore';
import type { SkillGraph } from '../../lib/fit/types';
import { postingRecord } from '../db/helpers';
import { emptyProfile } from '../../lib/profile/schema';

function posting(i: number, over: Partial<SavedPosting> = {}): SavedPosting {
  return {
    id: `id-${i}`,
    url: `https://jobs.example.com/p/${i}`,
    board: 'example',
    title: `Engineer ${i}`,
    company: `Company ${i}`,
    savedAt: 1_700_000_000_000 + i * 1000,
    status: 'saved',
    note: '',
    record: postingRecord(i),
    text: `Posting ${i}`,
    score: i * 10,
    formulaVersion: 'fit-1',
    ...over,
  };
}
const rows = (...ps: SavedPosting[]): ListRow[] => ps.map((p) => toRow(p));
const ids = (rs: ListRow[]) => rs.map((r) => r.id);

describe('sorting the saved list', () => {
  const list = rows(
    posting(1, { score: 50, company: 'beta' }),
    posting(2, { score: null, company: 'Alpha' }),
    posting(3, { score: 90, company: null }),
    posting(4, { score: 50, company: 'Ćmielów' }),
    posting(5, { score: 0, company: 'alpha' }),
  );

  it('by score: best first, ties newest first, unscored last (0 before unscored)', () => {
    expect(ids(sortRows(list, 'score'))).toEqual(['id-3', 'id-4', 'id-1', 'id-5', 'id-2']);
  });
  it('by date: newest first', () => {
    expect(ids(sortRows(list, 'date'))).toEqual(['id-5', 'id-4', 'id-3', 'id-2', 'id-1']);
  });
  it('by company: A to Z ignoring case and accents, ties newest first, no company last', () => {
    expect(ids(sortRows(list, 'company'))).toEqual(['id-5', 'id-2', 'id-1', 'id-4', 'id-3']);
  });
  it('does not change its input', () => {
    const before = ids(list);
    sortRows(list, 'score');
    expect(ids(list)).toEqual(before);
  });
});

describe('filtering and searching the saved list', () => {
  const list = rows(
    posting(1, { status: 'applied', title: 'Data Engineer', company: 'München Re', note: 'call back Tuesday' }),
    posting(2, { status: 'saved', title: 'Frontend Developer', company: 'Acme' }),
    posting(3, { status: 'applied', title: 'Platform engineer', company: 'Globex', board: 'greenhouse' }),
  );

  it('filters by status', () => {
    expect(ids(filterRows(list, 'applied', ''))).toEqual(['id-1', 'id-3']);
    expect(ids(filterRows(list, 'offer', ''))).toEqual([]);
    expect(filterRows(list, 'all', '  ')).toBe(list);
  });
  it('matches every word, in any field and order, ignoring case and accents', () => {
    expect(ids(filterRows(list, 'all', 'engineer'))).toEqual(['id-1', 'id-3']);
    expect(ids(filterRows(list, 'all', 'munchen data'))).toEqual(['id-1']);
    expect(ids(filterRows(list, 'all', 'TUESDAY'))).toEqual(['id-1']);
    expect(ids(filterRows(list, 'all', 'greenhouse'))).toEqual(['id-3']);
    expect(ids(filterRows(list, 'all', 'postgresql acme'))).toEqual(['id-2']); // skills asked are searched too
    expect(ids(filterRows(list, 'saved', 'engineer'))).toEqual([]);
  });
  it('keeps the sorted order', () => {
    const sorted = sortRows(list, 'company');
    expect(ids(filterRows(sorted, 'all', 'engineer'))).toEqual(['id-3', 'id-1']);
  });
  it('counts postings by status', () => {
    const c = countByStatus(list);
    expect(c).toMatchObject({ all: 3, applied: 2, saved: 1, offer: 0 });
  });
  it('sorts 10,000 rows by company and finds the ones a search names', () => {
    // Speed is measured by test/bench/sidepanel.ts (npm run bench), not here.
    const big = Array.from({ length: 10_000 }, (_, i) => toRow(posting(i, { company: `Company ${(i * 7919) % 1000}` })));
    const sorted = sortRows(big, 'company');
    expect(sorted).toHaveLength(10_000);
    // Numeric order, as a person reads it: "Company 12" before "Company 100".
    const cmp = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
    for (let i = 1; i < sorted.length; i++) expect(cmp(sorted[i - 1]!.company!, sorted[i]!.company!)).toBeLessThanOrEqual(0);
    const found = filterRows(sorted, 'all', 'company 12');
    expect(found.length).toBeGreaterThan(0);
    // Every word of the search, anywhere in the row.
    for (const r of found) for (const w of ['company', '12']) expect(r.haystack).toContain(w);
    expect(found.length).toBeLessThan(big.length);
  });
});

describe('what to learn next', () => {
  const m = (key: string, bucket: 'required' | 'preferred' = 'required') => ({ key, name: key.toUpperCase(), bucket });
  const p = (id: string, score: number | null, ...missing: ReturnType<typeof m>[]): LearnPosting => ({ id, title: id, company: null, score, missing });

  it('ranks a skill blocking near-fits above one asked by more poor fits', () => {
    const ranked = learnNext([
      p('near1', 90, m('go')),
      p('near2', 85, m('go')),
      p('poor1', 20, m('rust')),
      p('poor2', 20, m('rust')),
      p('poor3', 20, m('rust')),
    ]);
    expect(ranked.map((e) => e.key)).toEqual(['go', 'rust']);
    expect(ranked[0]!.weight).toBeCloseTo(1.75);
    expect(ranked[1]!.weight).toBeCloseTo(0.6);
  });
  it('counts a preferred skill half, a posting once per skill, and lists postings closest first', () => {
    const ranked = learnNext([p('a', 40, m('go'), m('go')), p('b', 80, m('go', 'preferred')), p('c', 60, m('sql'))]);
    expect(ranked[0]).toMatchObject({ key: 'go', weight: 0.8 });
    expect(ranked[0]!.postings.map((x) => x.id)).toEqual(['b', 'a']);
    expect(ranked[1]).toMatchObject({ key: 'sql', weight: 0.6 });
  });
  it('breaks ties by how many postings ask, then by name, and honours the limit', () => {
    const ranked = learnNext([p('a', 50, m('b'), m('a')), p('b', 25, m('c')), p('c', 25, m('c'))], 2);
    expect(ranked.map((e) => e.key)).toEqual(['c', 'a']);
  });
  it('gives unscored postings a small weight, and clamps odd scores', () => {
    expect(closeness(null)).toBe(0.1);
    expect(closeness(150)).toBe(1);
    expect(learnNext([])).toEqual([]);
  });
});

describe('rescoring saved postings', () => {
  const graph: SkillGraph = { ancestors: () => [], isSoft: () => false, name: () => undefined };
  it('scores a record with the current profile and lists what is missing', () => {
    const profile = { ...emptyProfile(), languages: [{ name: 'English', level: 'fluent' }], degree: 'master' as const };
    profile.skills = [{ id: 'typescript', name: 'TypeScript', years: 10, level: 'expert' }];
    const r = rescore(posting(1), profile, graph);
    expect(r.formulaVersion).toBe('fit-2');
    expect(r.missing.map((x) => x.key)).toEqual(['postgresql', 'kubernetes']);
    expect(r.score).toBe(Math.round(100 * (0.85 * 0.5 + 0.15 * 0)));
  });
  it('keys a group of alternatives by its sorted ids', () => {
    expect(missingOf([{ name: 'GCP or AWS', ids: ['gcp', 'aws'], bucket: 'required', status: 'missing', soft: false, via: null, sentence: null, emphasized: false, weight: 3, points: 0 }])).toEqual([
      { key: 'aws|gcp', name: 'GCP or AWS', bucket: 'required' },
    ]);
  });
  it('writes back only the scores that changed', () => {
    const ps = [posting(1, { score: 10 }), posting(2, { score: 20 }), posting(3, { score: 30, formulaVersion: null })];
    const scored = new Map([
      ['id-1', { score: 10, formulaVersion: 'fit-1', missing: [] }],
      ['id-2', { score: 25, formulaVersion: 'fit-1', missing: [] }],
      ['id-3', { score: 30, formulaVersion: 'fit-1', missing: [] }],
    ]);
    expect(staleScores(ps, scored)).toEqual([
      { id: 'id-2', score: 25, formulaVersion: 'fit-1' },
      { id: 'id-3', score: 30, formulaVersion: 'fit-1' },
    ]);
  });
});

describe('export', () => {
  it('escapes quotes, commas and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });
  it('neutralises formulas', () => {
    for (const s of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
  it('writes one row per posting that a CSV reader reads back as written', () => {
    const ps = [
      posting(1, { title: 'Engineer, "Senior"', note: 'line one\nline two', company: '=cmd|/c calc' }),
      posting(2, { title: null, status: 'offer', score: null }),
    ];
    const csv = toCsv(ps);
    const back: Record<string, string>[] = parse(csv.replace(/^\uFEFF/, ''), { columns: true });
    expect(back).toHaveLength(2);
    expect(back[0]).toMatchObject({ title: 'Engineer, "Senior"', note: 'line one\nline two', company: "'=cmd|/c calc", score: '10', status: 'saved' });
    expect(back[0]!.required).toBe('TypeScript; PostgreSQL');
    expect(back[1]).toMatchObject({ title: '', status: 'offer', score: '' });
    expect(back[0]!.saved).toMatch(/^\d{4}-\d\d-\d\d$/);
  });
  it('uses the score given for each posting', () => {
    const back = parse(toCsv([posting(1)], () => 77).slice(1), { columns: true }) as Record<string, string>[];
    expect(back[0]!.score).toBe('77');
  });
  it('exports JSON with every field', () => {
    const j = JSON.parse(toJson([posting(1)], 5));
    expect(j).toMatchObject({ format: 'postfit-saved-postings', exportedAt: 5 });
    expect(j.postings[0].record.required).toEqual(['TypeScript', 'PostgreSQL']);
  });
});
