// A list of words sharing one "skills" at its end: each word is tried with the shared head.
import { describe, expect, it } from 'vitest';
import { parsePosting } from '../../lib/posting';

const required = (line: string) => parsePosting(`# Account Executive\n\n## Requirements\n\n* ${line}`).required;

describe('a shared "skills" at the end of a list', () => {
  it('makes each word of the list a skill the taxonomy knows with it', () => {
    expect(required('Excellent interpersonal, presentation, negotiation and closing skills')).toEqual(
      expect.arrayContaining(['Communication', 'Presentation Skills', 'Negotiation']),
    );
    expect(required('Strong collaboration and communication skills')).toEqual(expect.arrayContaining(['Teamwork', 'Communication']));
    expect(required('Great presentation / writing skills')).toContain('Presentation Skills');
  });

  it('stops where the list stops: a word before it without a joiner, or a word that is no skill with the head', () => {
    expect(required('Brand presentation skills')).not.toContain('Brand');
    expect(required('Excellent closing skills')).toEqual([]);
    expect(required('We use slides for presentation; strong SQL skills')).not.toContain('Presentation Skills');
  });
});

describe('other heads a list shares ("testing", "development", "architectures", "security")', () => {
  it.each([
    ['Experience with unit and integration testing', ['Unit Testing', 'Integration Testing']],
    ['Strong front-end and back-end development skills', ['Front-End Development', 'Back-End Development']],
    ['Knowledge of functional or object-oriented programming.', ['Functional Programming', 'Object-Oriented Programming']],
    ['Knowledge of Cloud and application security', ['Cloud Security', 'Application Security']],
    ['Good knowledge of SDLC tooling, including CICD systems, artifact and container repositories', ['Artifact Repositories', 'Container Registries']],
  ])('%s', (line, want) => {
    expect(required(line)).toEqual(expect.arrayContaining(want));
  });

  it('a word the matcher read alone yields to the longer skill it names with the head', () => {
    const got = required('Knowledge of Lambda and Kappa architectures');
    expect(got).toEqual(expect.arrayContaining(['Lambda Architecture', 'Kappa Architecture']));
    expect(got).not.toContain('AWS Lambda');
  });

  it('not a degree subject, a verb form, a word about the person, a compound of a skill, or a head that qualifies a noun', () => {
    expect(required('Bachelor’s Degree in Mechanical, Electrical, or Computer Engineering')).not.toContain('Mechanical Engineering');
    expect(required('Experience with building, deployment, release automation, or orchestration')).not.toContain('Building Automation');
    expect(required('A habit of continuous personal and professional development')).not.toContain('Personal Development');
    expect(required('Jira configuration and project management')).not.toContain('Configuration Management');
    expect(required('Familiarity with security software, or data engineering solutions')).not.toContain('Software Development');
  });
});
