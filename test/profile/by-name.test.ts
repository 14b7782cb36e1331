import { describe, expect, it } from 'vitest';
import { parseProfileFile, resolveProfile, ProfileByNameSchema, type NameLookup } from '../../lib/profile/by-name';
import { conceptByName } from '../../lib/taxonomy/match';

// A small stand-in for the popup's alias lookup, so the cases do not depend on the generated taxonomy.
const KNOWN: Record<string, { id: string; name: string }> = {
  postgres: { id: 'postgresql', name: 'PostgreSQL' },
  postgresql: { id: 'postgresql', name: 'PostgreSQL' },
  k8s: { id: 'kubernetes', name: 'Kubernetes' },
  python: { id: 'python', name: 'Python' },
};
const lookup: NameLookup = (n) => KNOWN[n.trim().toLowerCase()];
const file = (v: unknown) => JSON.stringify(v);

describe('profile by name', () => {
  it.each([
    ['alias to canonical', 'k8s', { id: 'kubernetes', name: 'Kubernetes' }],
    ['canonical name', 'Python', { id: 'python', name: 'Python' }],
    ['unknown kept as typed', 'Zigbee  Stack', { id: 'zigbee-stack', name: 'Zigbee Stack' }],
    ['unknown with symbols', 'C++', { id: 'cpp', name: 'C++' }],
  ])('%s: %s', (_, typed, want) => {
    const r = resolveProfile(ProfileByNameSchema.parse({ skills: [{ name: typed, years: 2, level: 'expert' }] }), lookup);
    expect(r.profile.skills).toEqual([{ ...want, years: 2, level: 'expert' }]);
  });

  it('reports unknown names and folds two names of one skill, keeping the larger years and higher level', () => {
    const r = resolveProfile(
      ProfileByNameSchema.parse({ skills: [{ name: 'Postgres', years: 3, level: 'working' }, { name: 'PostgreSQL', years: 6, level: 'expert' }, { name: 'Foo' }] }),
      lookup,
    );
    expect(r.profile.skills).toEqual([
      { id: 'postgresql', name: 'PostgreSQL', years: 6, level: 'expert' },
      { id: 'foo', name: 'Foo', years: null, level: 'working' },
    ]);
    expect(r.unknown).toEqual(['Foo']);
    expect(r.merged).toEqual(['PostgreSQL']);
  });

  it.each([
    ['native', 'native'], ['Fluent', 'fluent'], ['A1', 'basic'], ['a2', 'basic'], ['B1', 'conversational'],
    ['B2', 'conversational'], ['C1', 'fluent'], ['C2', 'fluent'], ['conversational', 'conversational'],
  ])('language level %s → %s', (typed, want) => {
    const r = parseProfileFile(file({ skills: [], languages: [{ name: 'German', level: typed }] }), lookup);
    expect(r.ok && r.profile.languages).toEqual([{ name: 'German', level: want }]);
  });

  it.each([
    ['none', 'none'], ['associate', 'none'], ['Bachelor', 'bachelor'], ['master', 'master'], ['phd', 'phd'], [null, null],
  ])('degree %s → %s', (typed, want) => {
    const r = parseProfileFile(file({ skills: [], degree: typed }), lookup);
    expect(r.ok && r.profile.degree).toBe(want);
  });

  it('fills preferences the file leaves out', () => {
    const r = parseProfileFile(file({ skills: [], preferences: { remoteOnly: true } }), lookup);
    expect(r.ok && r.profile.preferences).toEqual({ remoteOnly: true, minSalary: null, titles: [], needsSponsorship: false, authorizedIn: [] });
  });

  it('still reads a stored profile (skills with ids)', () => {
    const stored = { skills: [{ id: 'x-y', name: 'X Y', years: null, level: 'working' }], degree: null, languages: [], certifications: [],
      preferences: { remoteOnly: false, minSalary: null, titles: [] }, updatedAt: 1 };
    const r = parseProfileFile(file(stored), lookup);
    // A profile stored before the visa settings existed gets their defaults.
    expect(r.ok && r.profile).toEqual({ ...stored, preferences: { ...stored.preferences, needsSponsorship: false, authorizedIn: [] } });
  });

  it.each([
    ['not JSON', '{skills', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['no skills', file({ degree: 'master' }), /no "skills" list/],
    ['bad level', file({ skills: [{ name: 'Python', level: 'guru' }] }), /skills\[0\]\.level: expected one of/],
    ['bad language level', file({ skills: [], languages: [{ name: 'German', level: 'D3' }] }), /languages\[0\]\.level/],
    ['bad degree', file({ skills: [], degree: 'doctorate' }), /degree: expected one of/],
    ['negative years', file({ skills: [{ name: 'Go', years: -1 }] }), /skills\[0\]\.years/],
    ['blank name', file({ skills: [{ name: '  ' }] }), /skills\[0\]\.name/],
    ['bad currency', file({ skills: [], preferences: { minSalary: { amount: 1, currency: 'usd', period: 'year' } } }), /preferences\.minSalary\.currency/],
  ])('refuses %s with a message naming the problem', (_, text, re) => {
    const r = parseProfileFile(text, lookup);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(re);
  });

  it('lists every problem of a bad file at once', () => {
    const r = parseProfileFile(file({ skills: [{ name: 'Go', level: 'guru' }, { name: '' }], degree: 'x' }), lookup);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBeGreaterThanOrEqual(3);
  });

  it('resolves the popup way with the real taxonomy: aliases to canonical ids', () => {
    const r = parseProfileFile(file({ skills: [{ name: 'Postgres' }, { name: 'k8s' }, { name: 'Golang' }] }), conceptByName);
    expect(r.ok && r.profile.skills.map((s) => s.name)).toEqual(['PostgreSQL', 'Kubernetes', 'Go']);
  });
});
