import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/posting/index';
import { normalizeText } from '../../lib/posting/normalize';
import { PostingRecordSchema, type PostingRecord } from '../../lib/schemas';
import { devPostings, tunedIds, type Labelled } from './dev-set';

// Every labelled dev posting through the whole parser, scored as ../shared/tools/eval-extraction.mjs scores the
// product, but with exact canonical names (stricter than the tool's alias table).
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const set = (xs: string[]) => new Set(xs.map(norm));

function skillCounts(rec: PostingRecord, label: Labelled['label']) {
  const gold = set([...label.required, ...label.preferred]);
  const got = set([...rec.required, ...rec.preferred]);
  const tp = [...got].filter((s) => gold.has(s)).length;
  return { tp, fp: got.size - tp, fn: gold.size - tp };
}

const sameSalary = (a: PostingRecord['salary'], b: Labelled['label']['salary']) =>
  a === b || (a != null && b != null && a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period);

const FIELDS = {
  title: (r: PostingRecord, l: Labelled['label']) => norm(r.title ?? '') === norm(l.title ?? ''),
  company: (r: PostingRecord, l: Labelled['label']) => norm(r.company ?? '') === norm(l.company ?? ''),
  minYears: (r: PostingRecord, l: Labelled['label']) => r.minYears === l.minYears,
  degree: (r: PostingRecord, l: Labelled['label']) => r.degree === l.degree,
  remote: (r: PostingRecord, l: Labelled['label']) => r.remote === l.remote,
  salary: (r: PostingRecord, l: Labelled['label']) => sameSalary(r.salary, l.salary),
};

const postings = devPostings();
const results = postings.map((p) => ({ p, rec: parsePosting(p.text) }));
const tuned = tunedIds();

describe('the labelled dev postings', () => {
  it('knows which postings the rules were written against', () => {
    expect(tuned.size).toBe(25);
    expect(results.length).toBeGreaterThan(tuned.size);
  });

  it.each(results.filter((r) => tuned.has(r.p.id)).map((r) => [r.p.id, r] as const))('%s gives a valid record close to its label', (_, { p, rec }) => {
    expect(PostingRecordSchema.safeParse(rec).success).toBe(true);
    const { tp, fp, fn } = skillCounts(rec, p.label);
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.5);
    // Each item's reason is a sentence of the posting as the user reads it.
    const shown = normalizeText(p.text).replace(/\s+/g, ' ');
    for (const e of rec.evidence) expect(shown).toContain(e.sentence.replace(/\s+/g, ' '));
  });

  // A floor under the figure reached (0.76 on 2026-12-06 over all 58; first look 0.74), so the parser cannot slide
  // back unnoticed. The issue's target, 0.85, is `npm run eval`'s threshold and is not reached yet.
  it('keeps skill F1 over the set at or above the figure reached', () => {
    const t = results.reduce((a, { p, rec }) => {
      const c = skillCounts(rec, p.label);
      return { tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn };
    }, { tp: 0, fp: 0, fn: 0 });
    const f1 = (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
    expect(f1).toBeGreaterThanOrEqual(0.75);
  });

  it.each(Object.keys(FIELDS))('gets %s exact on >= 90%% of postings', (field) => {
    const ok = results.filter(({ p, rec }) => FIELDS[field as keyof typeof FIELDS](rec, p.label)).length;
    expect(ok / results.length).toBeGreaterThanOrEqual(0.9);
  });
});
