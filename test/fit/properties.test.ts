import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fit } from '../../lib/fit/score';
import { fieldGraph, graph, posting, profile, skill } from './helpers';

const IDS = ['python', 'go', 'java', 'rust', 'sql', 'postgresql', 'kubernetes', 'gke', 'aws', 'gcp', 'communication', 'teamwork', 'react', 'nursing', 'triage', 'bookkeeping', 'sales'];
const ids = fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: 8 });

const postingArb = fc.tuple(ids, ids, fc.boolean(), fc.option(fc.integer({ min: 1, max: 10 }))).map(([req, pref, group, minYears]) => {
  const preferred = pref.filter((p) => !req.includes(p));
  return posting({ req, pref: preferred, minYears, alternatives: group && req.length >= 2 ? [req.slice(0, 2)] : [], title: `${pref[0] ?? 'lead'} role` });
});
const yearsArb = fc.integer({ min: 0, max: 12 });

// With fieldGraph the field and title rules take part too (categories, title skills).
describe.each([['taxonomy parents', graph], ['with fields and titles', fieldGraph]])('fit: properties (%s)', (_, graph) => {
  it('adding a skill the posting asks for never lowers the score', () => {
    fc.assert(
      fc.property(postingArb, ids, fc.nat(), yearsArb, yearsArb, (p, have, k, y1, y2) => {
        const asked = [...p.required, ...p.preferred];
        fc.pre(asked.length > 0);
        const add = asked[k % asked.length]!;
        const kept = have.filter((h) => h !== add).map((h) => skill(h, y1));
        const before = fit(profile(kept), p, graph).score;
        const after = fit(profile([...kept, skill(add, y2)]), p, graph).score;
        expect(after ?? 0).toBeGreaterThanOrEqual(before ?? 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('a profile that has everything scores 100', () => {
    fc.assert(
      fc.property(postingArb, (p) => {
        const r = fit(profile([...p.required, ...p.preferred].map((h) => skill(h, 12))), p, graph);
        if (r.score != null) expect(r.score).toBe(100);
      }),
      { numRuns: 2000 },
    );
  });

  it('unrelated skills change nothing', () => {
    fc.assert(
      fc.property(postingArb, ids, fc.array(fc.string({ minLength: 1 }), { maxLength: 5 }), (p, have, extra) => {
        const unrelated = extra.map((e) => skill(`unrelated:${e}`));
        const a = fit(profile(have.map((h) => skill(h))), p, graph);
        const b = fit(profile([...have.map((h) => skill(h)), ...unrelated]), p, graph);
        expect(b).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(postingArb, ids, (p, have) => {
      expect(fit(profile(have.map((h) => skill(h))), p, graph)).toEqual(fit(profile(have.map((h) => skill(h))), p, graph));
    }));
  });
});
