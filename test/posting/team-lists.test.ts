// The groups a hire works with, listed after "teams", "stakeholders" or "colleagues", are no skills asked for.
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../lib/posting/skills';
import { teamListSpans } from '../../lib/posting/team-lists';
import type { Unit } from '../../lib/posting/types';

const unit = (text: string): Unit => ({ text, sectionKind: 'requirements', heading: null, preferred: false, index: 0 });
const skills = (text: string) => extractSkills([unit(text)]).required.map((m) => m.name);

describe('the groups the hire works with', () => {
  it.each([
    ['Experience working with GTM teams (Marketing, Sales, Customer Success) and tools such as Salesforce or Hubspot', ['Salesforce', 'HubSpot']],
    ['Ability to work collaboratively with cross-functional teams like sales and customer success.', ['Teamwork']],
    ['Coordinate internal stakeholders, including Sales, Marketing, Product and Finance, to ensure data quality.', ['Data Quality']],
    ['Excellent communication skills, especially with non-technical colleagues (including marketing and data science).', ['Communication']],
  ])('%s', (text, want) => {
    expect(skills(text)).toEqual(want);
  });

  it('leaves what a single team does, a list of acts, and tools named by "using"', () => {
    expect(skills('Interest in working with a distributed team (requires good written communication skills)')).toContain('Communication');
    expect(skills('5+ years leading technical teams including mentoring and training junior engineers')).toContain('Mentoring');
    expect(skills('Experience working with DevOps engineers using tools such as Terraform and Ansible')).toEqual(
      expect.arrayContaining(['Terraform', 'Ansible']),
    );
  });

  it('ends the list at its bracket or at the purpose after it', () => {
    const text = 'Work with cross-functional teams, including product and design, to define requirements in SQL';
    const [[start, end]] = teamListSpans(text) as [[number, number]];
    expect(text.slice(start, end)).toBe('product and design');
  });
});
