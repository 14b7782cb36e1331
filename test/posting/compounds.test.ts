// Compound skills the taxonomy holds only by their head word ("field marketing", "performance monitoring"): the
// compound is the item, under its head, and the head alone stays where nothing qualifies it.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/posting';
import { parentsOf } from '../../lib/taxonomy/match';
import { statusFor } from '../../lib/fit/items';
import { taxonomyGraph } from '../../lib/fit/taxonomy-graph';

const skills = (...lines: string[]) => {
  const rec = parsePosting(['# Manager', '', '## Requirements', '', ...lines.map((l) => `* ${l}`)].join('\n'));
  return [...rec.required, ...rec.preferred];
};

describe('a qualified head', () => {
  it('is the compound, each of a slash pair and of a list too', () => {
    const got = skills('5+ years in field/developer marketing, event marketing, or partner marketing.');
    expect(got).toEqual(expect.arrayContaining(['Field Marketing', 'Developer Marketing', 'Event Marketing', 'Partner Marketing']));
    expect(got).not.toContain('Marketing');
  });

  it('keeps the qualifier after a quality word, and takes two qualifiers after a function word', () => {
    expect(skills('Strong consultative sales skills')).toContain('Consultative Sales');
    expect(skills('Experience in performance monitoring of data systems')).toContain('Performance Monitoring');
    expect(skills('10+ years of experience in healthcare IT sales')).toContain('Healthcare IT Sales');
  });
});

describe('a field of business qualified by a skill of its own', () => {
  it('is one compound in place of both', () => {
    expect(skills('3 years of experience in real estate accounting')).toEqual(['Real Estate Accounting']);
    expect(skills('Experience in ERP sales')).toEqual(['ERP Sales']);
    expect(skills('Previous SaaS sales experience')).toEqual(['SaaS Sales']);
  });

  it('but not a field of tech work, nor two skills listed', () => {
    expect(skills('Experience with Python development')).toContain('Python');
    expect(skills('Knowledge of Python and sales')).toEqual(['Python', 'Sales']);
  });
});

describe('the head alone', () => {
  it('after a quality word, a line-opening verb, or a verb after "to"', () => {
    expect(skills('Strong marketing skills')).toContain('Marketing');
    expect(skills('Manage payroll for 200 staff')).toContain('Payroll');
    expect(skills('Able to streamline payroll across three countries')).toContain('Payroll');
  });

  it('after a word that says how usual a thing is, or a verb of fixing', () => {
    expect(skills('Knowledge of common networking protocols')).not.toContain('Common Networking');
    expect(skills('Troubleshoot and resolve networking issues')).not.toContain('Resolve Networking');
    expect(skills('Knowledge with IP networking and L2/L3 switches')).toContain('IP Networking');
  });

  it('when the word before it is a skill of its own, another alias, or another language', () => {
    expect(skills('Experience with Python programming')).not.toContain('Python Programming');
    expect(skills('Knowledge of ocean shipping and freight forwarding').some((s) => s.startsWith('Ocean'))).toBe(false);
    expect(skills('Fundierte Kenntnisse im Bereich Linux und Docker')).toContain('Linux');
  });
});

describe('for the fit', () => {
  it('a compound sits under its head, so a profile with the head partly meets it', () => {
    expect(parentsOf('field-marketing').map((c) => c.id)).toContain('marketing');
    expect(parentsOf('zigbee')).toEqual([]);
    const profile = [{ id: 'marketing', name: 'Marketing', years: 5, level: 'expert' as const }];
    expect(statusFor('field-marketing', profile, taxonomyGraph).status).toBe('partly');
    expect(statusFor('payroll', profile, taxonomyGraph).status).toBe('missing');
  });
});

describe('inside a name', () => {
  it('a capitalised word after the head makes it part of a product or a title', () => {
    expect(skills('Knowledge of growth tools, including Amplitude, Mixpanel, Google Marketing Cloud and Braze').some((s) => s.startsWith('Google Marketing'))).toBe(false);
  });
});
