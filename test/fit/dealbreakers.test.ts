import { describe, expect, it } from 'vitest';
import { findDealbreakers, type FitPreferences } from '../../lib/fit/dealbreakers';
import { fit } from '../../lib/fit/score';
import type { PostingRecord } from '../../lib/schemas';
import { graph, posting, profile, skill } from './helpers';

const NO_SPONSOR = 'We are not able to sponsor work visas for this role.';
const AUTH_US = 'You must be authorized to work in the United States.';
const prefs = (more: Partial<FitPreferences>): { preferences: FitPreferences } => ({
  preferences: { remoteOnly: false, minSalary: null, ...more },
});
const withVisa = (visa: PostingRecord['visaSponsorship'], auth: string | null = null) =>
  posting({
    req: ['python', 'go'],
    visaSponsorship: visa,
    workAuthorization: auth,
    sentences: { visa: visa === 'not_said' ? undefined : NO_SPONSOR, workAuthorization: auth ? AUTH_US : undefined },
  });

describe('visa and work authorisation', () => {
  // [case, visa statement, authorisation statement, profile preferences, dealbreaker?]
  it.each([
    ['refused, and the profile needs sponsorship', 'not_offered', null, { needsSponsorship: true }, true],
    ['refused, the profile does not need it', 'not_offered', null, { needsSponsorship: false }, false],
    ['refused, the profile says nothing', 'not_offered', null, {}, false],
    ['silent posting, profile needs sponsorship', 'not_said', null, { needsSponsorship: true }, false],
    ['offered, profile needs sponsorship', 'offered', null, { needsSponsorship: true }, false],
    ['refused, but authorised where the job is', 'not_offered', 'Must be authorized to work in the US', { needsSponsorship: true, authorizedIn: ['USA'] }, false],
    ['authorisation elsewhere than the profile lists', 'not_said', 'Must be authorized to work in the US', { authorizedIn: ['UK', 'EU'] }, true],
    ['authorisation in a country the EU covers', 'not_said', 'Must be authorized to work in Germany', { authorizedIn: ['European Union'] }, false],
    ['authorisation asked, profile says nothing', 'not_said', 'Must be authorized to work in the US', {}, false],
    ['authorisation asked, sponsorship offered', 'offered', 'Must be authorized to work in the US', { needsSponsorship: true }, false],
    ['citizenship, profile needs sponsorship', 'not_said', 'Must be a US citizen', { needsSponsorship: true }, true],
    ['citizenship where the profile is authorised', 'not_said', 'Must be a UK citizen', { authorizedIn: ['United Kingdom'] }, false],
    ['a work permit, profile needs sponsorship', 'not_said', 'Must hold a valid work permit', { needsSponsorship: true }, true],
    ['a work permit, profile does not need one', 'not_said', 'Must hold a valid work permit', { authorizedIn: ['Germany'] }, false],
  ] as Array<[string, PostingRecord['visaSponsorship'], string | null, Partial<FitPreferences>, boolean]>)('%s', (_name, visa, auth, more, blocked) => {
    const r = findDealbreakers(withVisa(visa, auth), profile([skill('python')], prefs(more)), []);
    expect(r.dealbreakers.filter((d) => d.kind === 'visa').length).toBe(blocked ? 1 : 0);
    // What the posting says is shown whatever the profile.
    const labels = r.work.map((w) => w.label);
    if (visa === 'not_offered') expect(labels).toContain('No visa sponsorship');
    if (visa === 'offered') expect(labels).toContain('Sponsorship offered');
    if (auth) expect(labels).toContain(auth);
    expect(r.work.some((w) => w.blocking)).toBe(blocked);
  });

  it('the dealbreaker carries the sentence it comes from', () => {
    const r = findDealbreakers(withVisa('not_offered'), profile([], prefs({ needsSponsorship: true })), []);
    expect(r.dealbreakers).toEqual([
      { kind: 'visa', key: 'visa', message: 'No visa sponsorship, and you need it.', sentence: NO_SPONSOR, dismissed: false },
    ]);
    expect(r.work).toEqual([{ label: 'No visa sponsorship', sentence: NO_SPONSOR, blocking: true }]);
  });

  it('one dealbreaker when the posting both refuses sponsorship and asks for authorisation', () => {
    const r = findDealbreakers(withVisa('not_offered', 'Must be authorized to work in the US'), profile([], prefs({ needsSponsorship: true })), []);
    expect(r.dealbreakers).toHaveLength(1);
    expect(r.dealbreakers[0]).toMatchObject({ key: 'visa', sentence: AUTH_US });
  });
});

describe('dismissing a dealbreaker for a posting', () => {
  const p = posting({ req: ['python', 'go'], languages: ['Japanese', 'German'], visaSponsorship: 'not_offered' });
  const me = profile([skill('python'), skill('go')], prefs({ needsSponsorship: true }));

  it.each([
    ['nothing dismissed', [], 40, ['language:japanese', 'language:german', 'visa']],
    ['one of three', ['visa'], 40, ['language:japanese', 'language:german']],
    ['one language of two', ['language:japanese', 'visa'], 40, ['language:german']],
    ['all of them', ['language:japanese', 'language:german', 'visa'], 100, []],
    ['a key this posting does not have', ['salary'], 40, ['language:japanese', 'language:german', 'visa']],
  ])('%s', (_name, dismissed, score, active) => {
    const r = fit(me, p, graph, new Set(dismissed));
    expect(r.score).toBe(score);
    // A dismissed dealbreaker stays in the report, marked, so the user can see and undo it.
    expect(r.dealbreakers.map((d) => d.key)).toEqual(['language:japanese', 'language:german', 'visa']);
    expect(r.dealbreakers.filter((d) => !d.dismissed).map((d) => d.key)).toEqual(active);
    // The visa statement stays in the report, blocking only while its dealbreaker counts.
    expect(r.work).toEqual([{ label: 'No visa sponsorship', sentence: null, blocking: active.includes('visa') }]);
  });
});

describe('pay in the report', () => {
  it.each([
    ['AUD below a USD minimum', { min: 130_000, max: 160_000, currency: 'AUD', period: 'year' as const }, 150_000, true],
    ['AUD above a USD minimum', { min: 130_000, max: 160_000, currency: 'AUD', period: 'year' as const }, 90_000, false],
    ['hourly below a yearly minimum', { min: 50, max: 60, currency: 'USD', period: 'hour' as const }, 150_000, true],
  ])('%s', (_name, salary, min, blocked) => {
    const r = fit(profile([skill('python')], prefs({ minSalary: { amount: min, currency: 'USD', period: 'year' } })), posting({ req: ['python', 'go'], salary }), graph);
    expect(r.dealbreakers.some((d) => d.kind === 'salary')).toBe(blocked);
    expect(r.pay?.text).toMatch(/≈ USD .*\/yr/);
  });

  it('no pay line without a minimum or without a posted salary', () => {
    expect(fit(profile([skill('python')]), posting({ req: ['python', 'go'], salary: { min: 1, max: 2, currency: 'USD', period: 'year' } }), graph).pay).toBeNull();
    expect(fit(profile([skill('python')], prefs({ minSalary: { amount: 1, currency: 'USD', period: 'year' } })), posting({ req: ['python', 'go'] }), graph).pay).toBeNull();
  });
});
