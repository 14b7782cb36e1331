import { describe, expect, it } from 'vitest';
import { groupAlternatives, unitPreferredForMatch } from '../../lib/posting/alternatives';
import { matchesOf } from './helpers';

const groups = (t: string, names: string[]) => groupAlternatives(t, matchesOf(t, names)).map((g) => g.map((i) => names[i]));
const pref = (t: string, names: string[]) => {
  const ms = matchesOf(t, names);
  return names.filter((_, i) => unitPreferredForMatch(t, ms[i]!));
};

describe('groupAlternatives', () => {
  const cases: Array<[string, string[], string[][]]> = [
    ['Experience with AWS or GCP', ['AWS', 'GCP'], [['AWS', 'GCP']]],
    ['AWS/Azure experience', ['AWS', 'Azure'], [['AWS', 'Azure']]],
    ['one of Python, Go, Rust', ['Python', 'Go', 'Rust'], [['Python', 'Go', 'Rust']]],
    ['Python, Go, or Rust', ['Python', 'Go', 'Rust'], [['Python', 'Go', 'Rust']]],
    ['frameworks e.g. Django, Flask', ['Django', 'Flask'], [['Django', 'Flask']]],
    ['tools such as Jenkins or GitLab', ['Jenkins', 'GitLab'], [['Jenkins', 'GitLab']]],
    ['a language like Java or Kotlin', ['Java', 'Kotlin'], [['Java', 'Kotlin']]],
    ['databases (PostgreSQL, MySQL or Oracle)', ['PostgreSQL', 'MySQL', 'Oracle'], [['PostgreSQL', 'MySQL', 'Oracle']]],
    ['GCP (ideally) or AWS/Azure', ['GCP', 'AWS', 'Azure'], [['GCP', 'AWS', 'Azure']]],
    ['Kenntnisse in Java oder Kotlin', ['Java', 'Kotlin'], [['Java', 'Kotlin']]],
    ['Maîtrise de Java ou Scala', ['Java', 'Scala'], [['Java', 'Scala']]],
    ['Experiencia con Python o Go', ['Python', 'Go'], [['Python', 'Go']]],
    ['Ervaring met Python of Java', ['Python', 'Java'], [['Python', 'Java']]],
    ['Python and Go', ['Python', 'Go'], []],
    ['Python und Go, Java et Scala, SQL y R, Azure en AWS', ['Python', 'Go', 'Java', 'Scala', 'SQL', 'R', 'Azure', 'AWS'], []],
    ['Hadoop, Hive, HBase and Spark', ['Hadoop', 'Hive', 'HBase', 'Spark'], []],
    ['containerization technologies such as Docker and Kubernetes', ['containerization', 'Docker', 'Kubernetes'], []],
    ['containerization technologies such as Docker or Kubernetes', ['containerization', 'Docker', 'Kubernetes'], [['Docker', 'Kubernetes']]],
    ['Python, C++, Golang, or similar languages', ['Python', 'C++', 'Golang'], [['Python', 'C++', 'Golang']]],
    ['a database, e.g. Postgres, MySQL and Redis', ['Postgres', 'MySQL', 'Redis'], [['Postgres', 'MySQL', 'Redis']]],
    ['Datenbanken, z. B. PostgreSQL und MySQL', ['PostgreSQL', 'MySQL'], [['PostgreSQL', 'MySQL']]],
    ['bases de données, par exemple PostgreSQL et MySQL', ['PostgreSQL', 'MySQL'], [['PostgreSQL', 'MySQL']]],
    ['frameworks like Django and Flask', ['Django', 'Flask'], []],
    ['React preferred; Vue, Angular, or Ember also considered', ['React', 'Vue', 'Angular', 'Ember'], [['React', 'Vue', 'Angular', 'Ember']]],
  ];
  for (const [t, n, g] of cases) it(t, () => expect(groups(t, n)).toEqual(g));
});

describe('unitPreferredForMatch (clause-level cues)', () => {
  it('seed-000: the whole "GCP (ideally) or AWS/Azure" group is tagged', () =>
    expect(pref('4+ years of experience building, and operating solutions built on GCP (ideally) or AWS/Azure', ['GCP', 'AWS', 'Azure'])).toEqual(['GCP', 'AWS', 'Azure']));
  it('a predicate cue covers its clause', () =>
    expect(pref('Experience with lead qualification at all levels – developers, managers is a plus.', ['lead qualification'])).toEqual(['lead qualification']));
  it('a bare trailing cue covers only its item', () =>
    expect(pref('Very good English skills, both written and spoke, German beneficial', ['English', 'German'])).toEqual(['German']));
  it('a cue in parentheses covers the parentheses', () =>
    expect(pref('version control (preferably Git and SVN), tracking tools (eg: Jira)', ['version control', 'Git', 'SVN', 'Jira'])).toEqual(['Git', 'SVN']));
  it('a leading cue covers what follows, up to ";"', () => {
    expect(pref('Manufacturing; preferably in automated manufacturing', ['Manufacturing', 'automated manufacturing'])).toEqual(['automated manufacturing']);
    expect(pref('Bac+5 en ingénierie, idéalement mécatronique ou textile', ['ingénierie', 'mécatronique', 'textile'])).toEqual(['mécatronique', 'textile']);
    expect(pref('Conocimientos de Java. Se valorará experiencia con Docker', ['Java', 'Docker'])).toEqual(['Docker']);
  });
  it('an abbreviation\'s dot before a capital ends no clause ("z.B. Global Payment Plus")', () => {
    const t = 'Idealerweise Erfahrung mit Banking Systemen (z.B. Global Payment Plus, DB Autobahn) und ERP-Systemen';
    expect(pref(t, ['Banking', 'ERP'])).toEqual(['Banking', 'ERP']);
    expect(pref('Ideally banking systems (e.g. SWIFT) and ERP systems', ['banking', 'ERP'])).toEqual(['banking', 'ERP']);
    expect(pref('Ideally React. Vue is required', ['React', 'Vue'])).toEqual(['React']);
    expect(pref('AWS, including EC2, S3, etc. Azure a plus', ['AWS', 'EC2', 'S3', 'Azure'])).toEqual(['Azure']);
  });
  it('"but" separates clauses', () =>
    expect(pref('Python is required, but Go is a plus', ['Python', 'Go'])).toEqual(['Go']));
  it('the React/Vue case is preferred as a whole', () =>
    expect(pref('React preferred; Vue, Angular, or Ember also considered', ['React', 'Vue', 'Angular', 'Ember'])).toEqual(['React', 'Vue', 'Angular', 'Ember']));
});
