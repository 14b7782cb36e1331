import { describe, expect, it } from 'vitest';
import { fit } from '../../lib/fit/score';
import { graph, posting, profile, skill } from './helpers';

describe('fit: items', () => {
  it.each([
    ['exact skill', ['python'], 'python', 'met', null],
    ['a more specific skill meets the broader one', ['postgresql'], 'sql', 'met', 'postgresql'],
    ['a broader skill partly meets the specific one', ['kubernetes'], 'gke', 'partly', 'kubernetes'],
    ['an unrelated skill', ['java'], 'python', 'missing', null],
  ])('%s', (_, have, asked, status, via) => {
    const r = fit(profile(have.map((h) => skill(h))), posting({ req: [asked, 'go'] }), graph);
    const item = r.items.find((i) => i.ids.includes(asked))!;
    expect(item.status).toBe(status);
    expect(item.via).toBe(via);
    expect(item.sentence).toBe(`We need ${asked}.`);
  });

  it('a group of alternatives is met by any member', () => {
    const p = posting({ req: ['aws', 'gcp', 'python'], alternatives: [['aws', 'gcp']] });
    const r = fit(profile([skill('gcp'), skill('python')]), p, graph);
    expect(r.items.find((i) => i.name === 'aws or gcp')?.status).toBe('met');
    expect(r.score).toBe(100);
  });

  it('learning level counts as partly met', () => {
    const r = fit(profile([skill('python', 0, 'learning')]), posting({ req: ['python', 'go'] }), graph);
    expect(r.items.find((i) => i.name === 'python')?.status).toBe('partly');
  });
});

describe('fit: the formula', () => {
  it.each([
    // required [python, go] weight 3 each; preferred [rust] weight 1
    ['all required, no preferred', ['python', 'go'], 85],
    ['everything', ['python', 'go', 'rust'], 100],
    ['half the required', ['python'], 43],
    ['only preferred', ['rust'], 15],
    ['nothing', [], 0],
  ])('%s', (_, have, score) => {
    const r = fit(profile(have.map((h) => skill(h))), posting({ req: ['python', 'go'], pref: ['rust'] }), graph);
    expect(r.score).toBe(score);
  });

  it('soft skills weigh less than hard ones', () => {
    const p = posting({ req: ['python', 'communication'] });
    expect(fit(profile([skill('python')]), p, graph).score).toBe(75);
    expect(fit(profile([skill('communication')]), p, graph).score).toBe(25);
  });

  it('a posting that states no requirement gives no score', () => {
    const r = fit(profile([skill('python')]), posting({ req: [] }), graph);
    expect(r.score).toBeNull();
    expect(r.verdict).toBe('unknown');
    expect(r.notes.join(' ')).toMatch(/Too few requirements/);
  });

  it('one requirement found still gives a score, with low confidence', () => {
    const r = fit(profile([skill('python')]), posting({ req: ['python'] }), graph);
    expect(r.score).toBe(100);
    expect(r).toMatchObject({ verdict: 'partial', confidence: 'low', found: 1 });
  });

  it.each([
    [90, 'strong'], [70, 'strong'], [69, 'partial'], [45, 'partial'], [44, 'weak'],
  ])('verdict at %i is %s', async (score, verdict) => {
    const { verdictFor } = await import('../../lib/fit/score');
    expect(verdictFor(score)).toBe(verdict);
  });
});

describe('fit: dealbreakers', () => {
  const everything = [skill('python', 3), skill('go', 3)];
  const base = { req: ['python', 'go'] };
  it.each([
    ['too few years', { minYears: 5 }, {}, 'years'],
    ['a degree above yours', { degree: 'master' as const }, { degree: 'bachelor' as const }, 'degree'],
    ['a spoken language you lack', { languages: ['German'] }, {}, 'language'],
    ['a licence you lack', { certifications: ['Registered Nurse (RN)'] }, {}, 'certification'],
    ['on-site when you want remote', { remote: false }, { preferences: { remoteOnly: true, minSalary: null } }, 'remote'],
    ['pay below your minimum', { salary: { min: 50, max: 60, currency: 'USD', period: 'hour' as const } },
      { preferences: { remoteOnly: false, minSalary: { amount: 150000, currency: 'USD', period: 'year' as const } } }, 'salary'],
  ])('%s caps the score', (_, p, prof, kind) => {
    const r = fit(profile(everything, prof), posting({ ...base, ...p }), graph);
    expect(r.dealbreakers.map((d) => d.kind)).toEqual([kind]);
    expect(r.score).toBe(40);
  });

  it('holding one of several listed certifications is enough', () => {
    const r = fit(profile(everything, { certifications: ['CKA'] }), posting({ ...base, certifications: ['CKA', 'CKAD'] }), graph);
    expect(r.dealbreakers).toEqual([]);
  });

  it('meeting every condition leaves the score alone', () => {
    const prof = profile(everything, { degree: 'master', languages: [{ name: 'German', level: 'fluent' }] });
    const r = fit(prof, posting({ ...base, minYears: 3, degree: 'bachelor', languages: ['German'] }), graph);
    expect(r.dealbreakers).toEqual([]);
    expect(r.score).toBe(100);
  });
});
