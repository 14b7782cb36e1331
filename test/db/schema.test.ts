import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyProfile, ProfileSchema, type Profile } from '../../lib/profile/schema';
import { SavedPostingSchema, SettingRowSchema } from '../../lib/db/records';
import { formatIssues } from '../../lib/db/issues';
import { skillSlug } from '../../lib/db/slug';
import { canonicalPostingUrl } from '../../lib/db/url';
import { newPosting, sampleProfile } from './helpers';

const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const profileArb: fc.Arbitrary<Profile> = fc.record({
  skills: fc.uniqueArray(
    fc.record({
      id: name,
      name,
      years: fc.option(fc.double({ min: 0, max: 60, noNaN: true }), { nil: null }),
      level: fc.constantFrom('learning', 'working', 'expert'),
    }),
    { selector: (s) => s.id, maxLength: 30 },
  ),
  degree: fc.constantFrom('none', 'bachelor', 'master', 'phd', null),
  languages: fc.array(fc.record({ name, level: fc.constantFrom('basic', 'conversational', 'fluent', 'native') }), { maxLength: 5 }),
  certifications: fc.array(name, { maxLength: 5 }),
  preferences: fc.record({
    remoteOnly: fc.boolean(),
    minSalary: fc.option(
      fc.record({ amount: fc.integer({ min: 0, max: 1e9 }), currency: fc.constantFrom('EUR', 'USD', 'JPY'), period: fc.constantFrom('year', 'month', 'hour') }),
      { nil: null },
    ),
    titles: fc.array(name, { maxLength: 5 }),
    needsSponsorship: fc.boolean(),
    authorizedIn: fc.array(name, { maxLength: 5 }),
  }),
  updatedAt: fc.integer({ min: 0 }),
});

describe('ProfileSchema', () => {
  it('round-trips any valid profile unchanged, also through JSON', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        expect(ProfileSchema.parse(p)).toEqual(p);
        expect(ProfileSchema.parse(JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
    );
  });

  it('accepts the empty profile', () => {
    expect(ProfileSchema.safeParse(emptyProfile()).success).toBe(true);
  });

  it('refuses out-of-range years, bad currency, blank names and duplicate skill ids, naming each', () => {
    const p = sampleProfile();
    p.skills.push({ id: 'typescript', name: 'TS', years: -1, level: 'working' });
    p.skills[0]!.name = '   ';
    p.preferences.minSalary = { amount: 1, currency: 'eur', period: 'year' };
    const r = ProfileSchema.safeParse(p);
    expect(r.success).toBe(false);
    const msgs = formatIssues(r.error!.issues);
    expect(msgs).toEqual([
      expect.stringMatching(/^skills\[0\]\.name: /),
      expect.stringMatching(/^skills\[2\]\.years: /),
      'preferences.minSalary.currency: expected a 3-letter ISO 4217 code such as EUR',
      'skills[2].id: duplicate of skills[0].id "typescript"',
    ]);
  });
});

describe('record schemas', () => {
  it('a saved posting round-trips; a parsed record over 1 MB is refused', () => {
    const p = { ...newPosting(1), id: 'a', savedAt: 1, status: 'saved' as const, note: '' };
    expect(SavedPostingSchema.parse(p)).toEqual(p);
    const big = { ...p, record: { ...p.record, evidence: Array.from({ length: 20_000 }, () => ({ item: 'x', sentence: 'y'.repeat(60), bucket: 'required' as const })) } };
    expect(formatIssues(SavedPostingSchema.safeParse(big).error!.issues)).toEqual(['record: parsed record larger than 1000000 characters']);
  });

  it('settings: known keys are typed, unknown keys must be JSON', () => {
    expect(SettingRowSchema.safeParse({ key: 'dismissedSites', value: ['a.com'] }).success).toBe(true);
    expect(formatIssues(SettingRowSchema.safeParse({ key: 'dismissedSites', value: [3] }).error!.issues)).toEqual([
      expect.stringMatching(/^value\[0\]: expected string/),
    ]);
    expect(SettingRowSchema.safeParse({ key: 'later', value: { nested: [1, 'a', null] } }).success).toBe(true);
    expect(SettingRowSchema.safeParse({ key: 'later', value: () => 1 }).success).toBe(false);
  });
});

describe('ids and urls', () => {
  it('skill slugs keep C, C++ and C# apart and are never empty', () => {
    expect(['C', 'C++', 'C#', '.NET', 'Node.js', 'Café '].map(skillSlug)).toEqual(['c', 'cpp', 'csharp', 'dotnet', 'node-js', 'cafe']);
    expect(skillSlug('—')).toMatch(/^skill-[0-9a-z]+$/);
    expect(skillSlug('—')).not.toBe(skillSlug('…'));
  });

  it('canonical posting urls drop fragments and tracking tags but keep meaningful parameters', () => {
    expect(canonicalPostingUrl(' https://x.com/jobs/1?utm_source=li&gh_jid=9#apply ')).toBe('https://x.com/jobs/1?gh_jid=9');
    expect(canonicalPostingUrl('https://x.com/jobs/1?utm_campaign=a')).toBe('https://x.com/jobs/1');
    expect(canonicalPostingUrl('https://x.com/view?b=2&a=1')).toBe(canonicalPostingUrl('https://x.com/view?a=1&b=2'));
    expect(canonicalPostingUrl('not a url')).toBe('not a url');
    fc.assert(fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (u) => {
      const c = canonicalPostingUrl(u);
      expect(canonicalPostingUrl(c)).toBe(c); // idempotent: re-saving a stored url finds itself
    }));
  });
});
