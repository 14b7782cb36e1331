import { describe, expect, it } from 'vitest';
import { JSON_RESUME_MESSAGES, readJsonResume, skillLevelOf } from '../../lib/import/json-resume';
import { profileToJsonResume } from '../../lib/import/json-resume-export';
import { JSON_RESUME_SCHEMA_URL } from '../../lib/import/json-resume-schema';
import type { ImportProposal } from '../../lib/import/proposal';
import { emptyProfile, type Profile } from '../../lib/profile/schema';
import { lookups } from './lookups';

const read = (v: unknown) => readJsonResume(typeof v === 'string' ? v : JSON.stringify(v), lookups);
const proposal = (v: unknown): ImportProposal => {
  const r = read(v);
  if (!r.ok) throw new Error(r.error);
  return r.proposal;
};
const skill = (p: ImportProposal, id: string) => p.skills.find((s) => s.id === id);

// Shaped like the JSON Resume project's sample resume.
const RESUME = {
  $schema: JSON_RESUME_SCHEMA_URL,
  basics: { name: 'Richard Hendriks', label: 'Programmer', location: { city: 'San Francisco' } },
  work: [
    {
      name: 'Pied Piper',
      position: 'CEO/President',
      startDate: '2017-12-01',
      summary: 'Pied Piper is a multi-platform technology company.',
      highlights: ['Built the compression backend in Python', 'Ran it on Kubernetes'],
    },
    { name: 'Hooli', position: 'Backend developer', startDate: '2013-01', endDate: '2017-11', highlights: ['Built services in Go and Python tooling'] },
    { company: 'Raviga', position: 'Intern', startDate: '2011', endDate: '2012', summary: 'Terraform scripts' },
  ],
  education: [
    { institution: 'University of Oklahoma', area: 'Information Technology', studyType: 'Bachelor', startDate: '2011-06-01' },
    { institution: 'Stanford', area: 'CS', studyType: 'MSc' },
  ],
  certificates: [{ name: 'Certified Kubernetes Administrator', date: '2021-11-07', issuer: 'CNCF', url: 'https://example.com' }, { name: 'AWS SAA' }, { name: 'Scrum Master', date: 'Nov 2019' }],
  skills: [
    { name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS', 'JavaScript'] },
    { name: 'Compression', level: 'Master', keywords: ['Mpeg', 'MP4', 'GIF'] },
    { name: 'Docker & Kubernetes', level: 'Intermediate' },
    { name: 'Postgres' },
    { name: 'Frobnicator 3000', level: 'Beginner' },
  ],
  languages: [{ language: 'English', fluency: 'Native speaker' }, { language: 'German', fluency: 'B2' }, { language: 'French' }],
  interests: [{ name: 'Wildlife', keywords: ['Ferrets'] }],
};

describe('readJsonResume', () => {
  const p = proposal(RESUME);

  it('proposes skills[] names and keywords, resolved through the taxonomy (aliases, splits)', () => {
    expect(p.kind).toBe('json-resume');
    expect(skill(p, 'web-development')).toMatchObject({ name: 'Web Development', known: true, level: 'expert', years: null });
    expect(skill(p, 'html')).toMatchObject({ name: 'HTML', source: 'JSON Resume skills: Web Development' });
    expect(skill(p, 'docker')).toMatchObject({ known: true, level: 'working' });
    expect(skill(p, 'kubernetes')?.known).toBe(true);
    expect(skill(p, 'postgresql')).toMatchObject({ name: 'PostgreSQL', years: null, source: 'JSON Resume skills' });
  });

  it('keeps a name the taxonomy does not know, as typed, under its slug', () => {
    expect(skill(p, 'frobnicator-3000')).toEqual({ id: 'frobnicator-3000', name: 'Frobnicator 3000', known: false, level: 'learning', years: null, source: 'JSON Resume skills' });
  });

  it('takes an unknown skill name above keywords for a group label, not a skill', () => {
    expect(p.skills.some((s) => s.name === 'Compression')).toBe(false);
    expect(p.skills.find((s) => s.name === 'Mpeg' || s.name === 'MP4')).toBeTruthy();
  });

  it('gives years from the work entries whose position, summary or highlights name the skill', () => {
    // Pied Piper Dec 2017 – now (June 2025): 91 months; Hooli Jan 2013 – Nov 2017: 59 months.
    expect(skill(p, 'python')).toMatchObject({ years: 12.5, source: '2017–now at Pied Piper, 2013–2017 at Hooli' });
    expect(skill(p, 'kubernetes')).toMatchObject({ years: 7.5, source: '2017–now at Pied Piper' });
    expect(skill(p, 'go')).toMatchObject({ years: 5, source: '2013–2017 at Hooli' });
    // The pre-1.0 "company" field names the place; a bare-year range counts as the CV reader counts it.
    expect(skill(p, 'terraform')).toMatchObject({ years: 1, source: '2011–2012 at Raviga' });
  });

  it('does not read skills from the company name or from sections it does not use', () => {
    expect(p.skills.some((s) => /ferret|wildlife/i.test(s.name))).toBe(false);
  });

  it('maps languages to the profile levels, and says when no level was given', () => {
    expect(p.languages).toEqual([
      { name: 'English', level: 'native', source: 'JSON Resume: Native speaker' },
      { name: 'German', level: 'conversational', source: 'JSON Resume: B2' },
      { name: 'French', level: 'conversational', source: 'JSON Resume (no level given; check it)' },
    ]);
  });

  it('lists certificates with issuer and date where given', () => {
    expect(p.certifications).toEqual([
      { name: 'Certified Kubernetes Administrator', source: 'CNCF, 2021-11-07' },
      { name: 'AWS SAA', source: 'JSON Resume certificates' },
      { name: 'Scrum Master', source: 'Nov 2019' },
    ]);
  });

  it('takes the highest degree of education[]', () => {
    expect(p.degree).toEqual({ value: 'master', source: 'MSc, CS, Stanford' });
  });

  it('accepts null for missing values, "present" as an open end, and unknown keys', () => {
    const r = proposal({ work: [{ name: 'Acme', position: 'Engineer', summary: 'Built services in Rust and SQL', startDate: '2023-06', endDate: 'Present', url: null, extra: { x: 1 } }], skills: null });
    expect(skill(r, 'rust')).toMatchObject({ years: 2, source: '2023–now at Acme' });
  });

  it.each([
    ['{"skills": [', JSON_RESUME_MESSAGES.notJson],
    ['[1, 2]', JSON_RESUME_MESSAGES.notResume],
    ['{"basics": {"name": "X"}}', JSON_RESUME_MESSAGES.notResume],
    ['{"skills": "Python"}', JSON_RESUME_MESSAGES.field('skills', 'expected array')],
    ['{"skills": [{"name": 5}]}', JSON_RESUME_MESSAGES.field('skills[0].name', 'expected string')],
    ['{"work": [{"name": "A"}, {"startDate": "March 2019"}]}', JSON_RESUME_MESSAGES.field('work[1].startDate', 'expected a date like 2019, 2019-03 or 2019-03-15')],
    ['{"work": [{"highlights": "Go"}]}', JSON_RESUME_MESSAGES.field('work[0].highlights', 'expected array')],
    ['{"languages": [{"language": "German", "fluency": 3}]}', JSON_RESUME_MESSAGES.field('languages[0].fluency', 'expected string')],
    ['{"skills": [{"name": "Go", "x-postfit": {"years": "six", "level": "expert"}}]}', JSON_RESUME_MESSAGES.field('skills[0].x-postfit.years', 'expected number')],
    ['{"skills": [], "work": [{"name": "Acme", "position": "Manager"}]}', JSON_RESUME_MESSAGES.nothing],
  ])('%s → one clear message', (text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(read('\uFEFF{"skills": [{"name": "Python"}]}').ok).toBe(true);
  });
});

describe('skillLevelOf', () => {
  it.each([
    ['Master', 'expert'], ['Advanced', 'expert'], ['Beginner', 'learning'], ['Intermediate', 'working'], ['', undefined], ['5/5', undefined],
  ])('%s → %s', (word, level) => {
    expect(skillLevelOf(word)).toBe(level);
  });
});

describe('profileToJsonResume', () => {
  const profile: Profile = {
    ...emptyProfile(),
    skills: [
      { id: 'python', name: 'Python', years: 8, level: 'expert' },
      { id: 'kubernetes', name: 'Kubernetes', years: null, level: 'learning' },
      { id: 'frobnicator-3000', name: 'Frobnicator 3000', years: 2.5, level: 'working' },
      { id: 'legacy-id', name: 'Docker & Kubernetes ops', years: 1, level: 'working' },
    ],
    degree: 'master',
    languages: [
      { name: 'English', level: 'native' },
      { name: 'German', level: 'fluent' },
      { name: 'Dutch', level: 'conversational' },
      { name: 'Spanish', level: 'basic' },
    ],
    certifications: ['CKA', 'AWS Solutions Architect'],
    updatedAt: Date.UTC(2025, 0, 2),
  };
  const exported = profileToJsonResume(profile);

  it('writes a JSON Resume v1.0.0 object with $schema and meta', () => {
    expect(exported.$schema).toBe(JSON_RESUME_SCHEMA_URL);
    expect(exported.meta).toMatchObject({ version: 'v1.0.0', lastModified: '2025-01-02T00:00:00.000Z' });
    expect(exported.skills).toContainEqual({ name: 'Python', level: 'Expert', keywords: [], 'x-postfit': { id: 'python', years: 8, level: 'expert' } });
    expect(exported.education).toEqual([{ studyType: 'Master' }]);
  });

  it('imports back to the same skills, languages, certifications and degree', () => {
    const back = proposal(JSON.parse(JSON.stringify(exported)));
    expect(back.skills.map(({ id, name, years, level }) => ({ id, name, years, level }))).toEqual(profile.skills);
    expect(back.languages.map(({ name, level }) => ({ name, level }))).toEqual(profile.languages);
    expect(back.certifications.map((c) => c.name)).toEqual(profile.certifications);
    expect(back.degree?.value).toBe('master');
  });

  it.each(['bachelor', 'phd', null] as const)('round-trips the degree %s', (degree) => {
    const back = proposal(profileToJsonResume({ ...profile, degree }));
    expect(back.degree?.value ?? null).toBe(degree);
  });

  it('writes no education for "no degree" (an import proposes only degrees held)', () => {
    expect(profileToJsonResume({ ...profile, degree: 'none' }).education).toEqual([]);
  });
});
