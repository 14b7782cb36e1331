import { describe, expect, it } from 'vitest';
import { datedSpans, readCv, statedYears, type Matcher } from '../../lib/profile/cv';
import { matchSkills } from '../../lib/taxonomy/match';

// A fixed matcher, so these cases test the CV reading and not the taxonomy (which changes).
const KNOWN: Record<string, [string, string]> = {
  python: ['python', 'Python'],
  go: ['go', 'Go'],
  rust: ['rust', 'Rust'],
  java: ['java', 'Java'],
  kubernetes: ['kubernetes', 'Kubernetes'],
  k8s: ['kubernetes', 'Kubernetes'],
  terraform: ['terraform', 'Terraform'],
  sql: ['sql', 'SQL'],
};
const fake: Matcher = (text) =>
  [...text.matchAll(/[A-Za-z0-9]+/g)].flatMap((m) => {
    const k = KNOWN[m[0].toLowerCase()];
    return k ? [{ id: k[0], name: k[1], start: m.index, end: m.index + m[0].length, surface: m[0] }] : [];
  });
const NOW = new Date(2025, 5, 15); // June 2025
const years = (text: string) => Object.fromEntries(readCv(text, fake, NOW).map((s) => [s.id, s.years]));

describe('readCv: stated years', () => {
  it.each([
    ['5 years of Python', 5],
    ['5+ years of experience with Python', 5],
    ['3 yrs Python', 3],
    ['2.5 years of professional Python', 2.5],
    ['Python (3 yrs)', 3],
    ['Python: 4 years', 4],
    ['Python - 6 years', 6],
    ['Python, 2+ years', 2],
    ['five years of Python', 5],
    ['Python — 1 year', 1],
  ])('%s → %s', (text, n) => {
    expect(years(text).python).toBe(n);
  });

  it('does not give a skill the years stated for another one further away', () => {
    expect(years('5 years of Python and Go').go).toBeNull();
    expect(years('Rust\n3 years at Acme').rust).toBeNull();
  });

  it('ignores implausible numbers', () => {
    expect(years('Python (99 years)').python).toBeNull();
    expect(years('0 years of Python').python).toBeNull();
  });

  it('keeps the largest statement when a skill is mentioned twice', () => {
    expect(years('2 years of Go. Later: Go (4 yrs).').go).toBe(4);
  });

  it('statedYears looks at the match position only', () => {
    const text = 'Go (2 yrs), Rust';
    expect(statedYears(text, { start: 0, end: 2 })).toBe(2);
    expect(statedYears(text, { start: 12, end: 16 })).toBeNull();
  });
});

describe('readCv: years from the dates of CV entries', () => {
  it('counts a year range for the skills of its entry', () => {
    const cv = 'Acme, 2019–2023\n- Kubernetes and Terraform\nGlobex, 2015 - 2017\n- Java';
    expect(years(cv)).toEqual({ kubernetes: 4, terraform: 4, java: 2 });
  });

  it('reads months and "present"', () => {
    expect(years('Jan 2016 - Dec 2018: Java').java).toBe(3);
    expect(years('03/2023 – present\nRust services').rust).toBe(2.5); // 27 months → 2.5
    expect(years('Since 2024 to now. Go').go).toBe(1.5);
  });

  it('adds separate entries and counts overlapping ones once', () => {
    const cv = 'A 2010-2012\nPython\nB 2014-2016\nPython\nC 2015-2018\nPython';
    expect(years(cv).python).toBe(2 + 4); // 2010–12, then 2014–18 (overlap 2015–16 once)
  });

  it('prefers a stated number over dates', () => {
    expect(years('2010 - 2020\n2 years of Go')).toEqual({ go: 2 });
  });

  it('a same-year entry counts as one year; skills before any dated entry get none', () => {
    expect(years('Skills: SQL\n2021 - 2021\nPython')).toEqual({ sql: null, python: 1 });
  });

  it('ignores reversed or absurd ranges', () => {
    expect(datedSpans('2023 - 2019', NOW)).toEqual([]);
    expect(datedSpans('1900-2024', NOW)).toEqual([]);
  });
});

describe('readCv: a dated job is only its own lines', () => {
  // Each CV ends its jobs with other sections; the skills named there get no years from the last job.
  it.each([
    ['a Skills line after the last job', 'Experience\nAcme 2017 - 2025\n- Python services\nSkills: Python, Go, SQL', { python: 8, go: null, sql: null }],
    ['a SKILLS heading alone on its line', 'Acme, 2017–2025\nPython\n\nSKILLS\nGo, Rust', { python: 8, go: null, rust: null }],
    ['a markdown heading', 'Acme 2017-2025\n* Python\n## Technical Skills\nJava', { python: 8, java: null }],
    ['an Education entry with its own dates', 'Acme 2017-2025\nPython\nEducation\nBSc, 2010 - 2014, Java and SQL', { python: 8, java: null, sql: null }],
    ['Education and its dates on one line', 'Acme 2017-2025\nPython\nEducation: MSc 2014-2016 (Rust)', { python: 8, rust: null }],
    ['a Projects section', 'Acme 2020-2025\nGo\nPersonal projects:\n2018 - 2019 toy compiler in Rust', { go: 5, rust: null }],
    ['Languages after the job', 'Acme 2021-2025\nGo\n**Languages**\nPython', { go: 4, python: null }],
  ])('%s', (_name, cv, want) => {
    expect(years(cv)).toEqual(want);
  });

  it.each([
    ['a bulleted "Skills used" line inside the job', 'Acme 2017-2025\n- Skills used: Python, Go', { python: 8, go: 8 }],
    ['a job after the Skills section', 'Skills: SQL\nAcme 2019-2023\nPython', { sql: null, python: 4 }],
    ['an Experience heading after Education', 'Education\nBSc 2010-2014 Java\nWork experience\nAcme 2015-2020\nJava', { java: 5 }],
    ['a heading word inside a sentence', 'Acme 2017-2025\nTaught Python courses to the team', { python: 8 }],
  ])('keeps %s', (_name, cv, want) => {
    expect(years(cv)).toEqual(want);
  });
});

describe('readCv: result list', () => {
  it('lists each skill once, in order of first mention, with the words used and the source', () => {
    const r = readCv('k8s, Python. Kubernetes (3 yrs). Python', fake, NOW);
    expect(r).toEqual([
      { id: 'kubernetes', name: 'Kubernetes', years: 3, source: 'stated', surface: 'k8s', mentions: 2, evidence: '“Kubernetes (3 yrs)”' },
      { id: 'python', name: 'Python', years: null, source: null, surface: 'Python', mentions: 2, evidence: null },
    ]);
  });

  it.each([
    ['the words before the skill', 'I have 5 years of Python.', 'python', '“5 years of Python”'],
    ['the words after the skill', 'Go: 2+ years', 'go', '“Go: 2+ years”'],
    ['the job on the range line', 'Senior Engineer, Acme | 2019 – 2023\n- Python services', 'python', '2019–2023 at Senior Engineer, Acme'],
    ['the line above a range alone on its line', 'Acme GmbH\nJan 2020 – present\nBuilt Go services', 'go', '2020–now at Acme GmbH'],
    ['every job, newest first', 'Beta 2015-2017\nPython\nAcme 2018-2021\nPython', 'python', '2018–2021 at Acme, 2015–2017 at Beta'],
    ['no heading as the place', 'EXPERIENCE\n2019 - 2021\nPython', 'python', '2019–2021'],
  ])('says what the years rest on: %s', (_name, cv, id, want) => {
    expect(readCv(cv, fake, NOW).find((s) => s.id === id)?.evidence).toBe(want);
  });

  it('returns nothing for empty text', () => {
    expect(readCv('', fake, NOW)).toEqual([]);
  });

  it('works with the real taxonomy matcher (aliases find the canonical skill)', () => {
    const r = readCv('Acme 2019–2023: ran k8s clusters; 5 years of Postgres.', matchSkills, NOW);
    const byId = Object.fromEntries(r.map((s) => [s.id, s]));
    expect(byId.kubernetes).toMatchObject({ name: 'Kubernetes', years: 4, source: 'dates', surface: 'k8s' });
    expect(byId.postgresql).toMatchObject({ name: 'PostgreSQL', years: 5, source: 'stated' });
  });
});
