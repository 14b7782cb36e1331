// Short product names in a list of their peers ("Octopus, TeamCity, Travis") are the products they start.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/posting';

const skills = (line: string) => {
  const rec = parsePosting(`# DevOps Engineer\n\n## Requirements\n\n* ${line}`);
  return [...rec.required, ...rec.preferred];
};

describe('a short name among its peers', () => {
  it('is the product it starts, beside a neighbour of the same kind', () => {
    expect(skills('CI/CD (Octopus, TeamCity, Travis, GitHub Actions)')).toEqual(expect.arrayContaining(['Octopus Deploy', 'Travis CI', 'TeamCity']));
    expect(skills('MVC frameworks such as Ruby on Rails, Django, or Phoenix')).toContain('Phoenix Framework');
  });

  it('not alone, not beside another kind, not written otherwise, and not an ordinary noun', () => {
    expect(skills('Travis will be your onboarding buddy')).not.toContain('Travis CI');
    expect(skills('Our office mascot is an octopus; we use TeamCity')).not.toContain('Octopus Deploy');
    expect(skills('Knowledge of Excel, Travis and Word')).not.toContain('Travis CI');
    expect(skills('Deployment, Configuration, and Optimization of Nginx')).not.toContain('Configuration Management');
  });
});
