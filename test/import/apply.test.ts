import { describe, expect, it } from 'vitest';
import { applyProposal, initialPicks } from '../../lib/import/apply';
import { itemKey, type ImportProposal } from '../../lib/import/proposal';
import { emptyProfile, type Profile } from '../../lib/profile/schema';

const proposal: ImportProposal = {
  kind: 'text',
  skills: [
    { id: 'python', name: 'Python', years: 8, source: '2017–2025 at Acme', known: true },
    { id: 'go', name: 'Go', years: 2, source: '“2 years of Go”', known: true },
    { id: 'abas-erp', name: 'abas ERP', years: null, source: 'Skills', known: false },
  ],
  degree: { value: 'master', source: 'MSc, 2015' },
  languages: [
    { name: 'German', level: 'native', source: 'German – native' },
    { name: 'English', level: 'conversational', source: 'English' },
  ],
  certifications: [{ name: 'CKA', source: 'CKA 2021' }],
};

const profile: Profile = {
  ...emptyProfile(),
  skills: [{ id: 'go', name: 'Go', years: 5, level: 'expert' }],
  degree: 'bachelor',
  languages: [{ name: 'english', level: 'fluent' }],
  certifications: ['cka'],
};

describe('initialPicks', () => {
  it('ticks what would change the profile, and leaves unknown names for the user to choose', () => {
    expect([...initialPicks(proposal, profile)].sort()).toEqual(['degree', 'language:german', 'skill:python']);
  });

  it('ticks a known skill the profile has with fewer years', () => {
    const less = { ...profile, skills: [{ id: 'go', name: 'Go', years: 1, level: 'working' as const }] };
    expect(initialPicks(proposal, less).has('skill:go')).toBe(true);
  });
});

describe('applyProposal', () => {
  it('adds ticked items only, raising and never lowering', () => {
    const all = new Set([
      ...proposal.skills.map(itemKey.skill), itemKey.degree(),
      ...proposal.languages.map(itemKey.language), ...proposal.certifications.map(itemKey.certification),
    ]);
    const { profile: out, count } = applyProposal(profile, proposal, all);
    expect(count).toBe(7);
    expect(out.skills).toEqual([
      { id: 'python', name: 'Python', years: 8, level: 'working' },
      { id: 'abas-erp', name: 'abas ERP', years: null, level: 'working' },
      { id: 'go', name: 'Go', years: 5, level: 'expert' },
    ]);
    expect(out.degree).toBe('master');
    expect(out.languages).toEqual([{ name: 'english', level: 'fluent' }, { name: 'German', level: 'native' }]);
    expect(out.certifications).toEqual(['cka']);
  });

  it('keeps a higher degree and changes nothing when nothing is ticked', () => {
    const phd = { ...profile, degree: 'phd' as const };
    expect(applyProposal(phd, proposal, new Set(['degree'])).profile.degree).toBe('phd');
    expect(applyProposal(profile, proposal, new Set())).toEqual({ profile, count: 0 });
  });

  it('takes a stated skill level for a new skill and raises, never lowers, an owned one', () => {
    const leveled: ImportProposal = {
      ...proposal,
      skills: [
        { id: 'rust', name: 'Rust', years: 1, source: 'Skills', known: true, level: 'learning' },
        { id: 'go', name: 'Go', years: null, source: 'Skills', known: true, level: 'learning' },
        { id: 'sql', name: 'SQL', years: null, source: 'Skills', known: true, level: 'expert' },
      ],
    };
    const mine = { ...profile, skills: [...profile.skills, { id: 'sql', name: 'SQL', years: 2, level: 'working' as const }] };
    const picks = initialPicks(leveled, mine);
    expect([...picks].filter((k) => k.startsWith('skill:')).sort()).toEqual(['skill:rust', 'skill:sql']);
    const out = applyProposal(mine, leveled, new Set([...picks, 'skill:go'])).profile.skills;
    expect(out).toEqual([
      { id: 'rust', name: 'Rust', years: 1, level: 'learning' },
      { id: 'go', name: 'Go', years: 5, level: 'expert' },
      { id: 'sql', name: 'SQL', years: 2, level: 'expert' },
    ]);
  });

  it('applying the same proposal twice gives the same profile', () => {
    const picks = initialPicks(proposal, profile);
    const once = applyProposal(profile, proposal, picks).profile;
    expect(applyProposal(once, proposal, picks).profile).toEqual(once);
  });
});
