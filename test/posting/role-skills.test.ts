// "Experience as <role>" asks for the work the role does: the role noun's work, named with the words before it, when
// the taxonomy knows that name whole.
import { describe, expect, it } from 'vitest';
import { roleSkillMatches } from '../../lib/posting/role-skills';
import { matchSkills } from '../../lib/taxonomy/match';
import { parsePosting } from '../../lib/posting';

const roles = (text: string) => roleSkillMatches(text, matchSkills(text)).map((m) => [m.name, m.surface]);

describe('the work of a role', () => {
  it.each([
    ['Solid experience as auditor', [['Auditing', 'auditor']]],
    ['Experience as an accountant in a small firm', [['Accounting', 'accountant']]],
    ['2 years working as a registered nurse', [['Nursing', 'nurse']]],
    ['5+ years of experience as a senior backend software engineer', [['Software Engineering', 'software engineer']]],
    ['Worked as a software engineer delivering code', [['Software Engineering', 'software engineer']]],
    ['3+ years of experience as a customer-facing Senior Technical Consultant', [['Consulting', 'Consultant']]],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual(want);
  });

  it.each([
    'Experience working as a team', // no role noun
    'Experience as a senior engineer', // "engineering" alone names only a field
    '5 years as a Scrum Master',
    'We see you as a partner',
  ])('none in "%s"', (text) => {
    expect(roles(text)).toEqual([]);
  });

  it('leaves a role the matcher read as a skill to it', () => {
    expect(roles('3+ years of experience as a Data Engineer')).toEqual([]);
    expect(matchSkills('3+ years of experience as a Data Engineer').map((m) => m.name)).toEqual(['Data Engineering']);
  });

  it('is an umbrella like the skill it names: a requirement that names the specifics asks for them', () => {
    const rec = (line: string) => parsePosting(`Engineer\nAcme\n\nRequirements\n\n- ${line}\n`).required;
    expect(rec('At least 4 years of experience as a software engineer')).toEqual(['Software Engineering']);
    expect(rec('At least 4 years of experience as a software engineer, with strong TypeScript')).toEqual(['TypeScript']);
  });
});
