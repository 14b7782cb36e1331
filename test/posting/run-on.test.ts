// A requirements list that lost its bullets ("…unit testing techniques Track record of…") is cut back into its items
// where a capitalised opener follows a lower-case word, so each item is read (and shown) on its own.
import { describe, expect, it } from 'vitest';
import { toUnits } from '../../lib/posting/units';
import { parsePosting } from '../../lib/posting';

const texts = (line: string) => toUnits([{ kind: 'requirements', heading: 'Qualifications', lines: [line] }]).map((u) => u.text);

const FLAT =
  "Bachelor's degree in Computer Science or equivalent practical experience Experience building testable code bases, " +
  'including API design and unit testing techniques Track record of setting technical direction for a team ' +
  '6+ years of programming experience in a relevant language Exposure to architectural patterns of large scale software ' +
  'applications Experience with scripting languages such as Python or Bash';

describe('a flattened requirements list', () => {
  it('is cut before each opener that follows a lower-case word', () => {
    expect(texts(FLAT)).toEqual([
      "Bachelor's degree in Computer Science or equivalent practical experience",
      'Experience building testable code bases, including API design and unit testing techniques',
      'Track record of setting technical direction for a team',
      '6+ years of programming experience in a relevant language',
      'Exposure to architectural patterns of large scale software applications',
      'Experience with scripting languages such as Python or Bash',
    ]);
  });

  it('cuts before a count of years only where no word before it governs it', () => {
    const pad = 'Experience building and shipping high quality services for customers across the world, ';
    const line = pad.repeat(3) + 'driving consensus and successful cross-functional partnerships 3+ years of experience with Go';
    expect(texts(line).at(-1)).toBe('3+ years of experience with Go');
    for (const gov of ['with', 'at least', 'and', 'or']) {
      const kept = pad.repeat(3) + `we look for someone ${gov} 5 years of experience with Go`;
      expect(texts(kept)).toEqual([kept]);
    }
  });

  it('knows the openers of skills lines as well as of experience lines', () => {
    const line = 'Five years in a support or engineering organization Expertise with enterprise cloud solutions like ' +
      'OpenShift, containers and Kubernetes Competent comprehension of enterprise architecture and business drivers ' +
      'Outstanding written and verbal communication skills Good comprehension of continuous integration concepts';
    expect(texts(line)).toHaveLength(5);
  });

  it('keeps a product name whose word is an opener, and short sentences whole', () => {
    const name = 'Advanced knowledge of growth tools across the MarTech landscape, such as Adobe Experience Platform (AEP), ' +
      'Customer Data Platform (CDP), Adobe Journey Optimizer (AJO), Customer Journey Analytics (CJA) and Adobe Campaign';
    expect(texts(name)).toEqual([name]);
    expect(texts('Good knowledge of Python Experience with Go')).toEqual(['Good knowledge of Python Experience with Go']);
  });

  it('lets an item read alone keep its umbrella skill', () => {
    const rec = parsePosting(`Software Engineer\nAcme\n\nQualifications\n\n${FLAT}\n`);
    expect(rec.required).toContain('Programming');
  });
});
