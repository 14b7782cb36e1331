import { describe, expect, it } from 'vitest';
import { readCvText } from '../../lib/import/cv-text';
import type { ImportLookups, ImportProposal } from '../../lib/import/proposal';
import { conceptByName, matchSkills } from '../../lib/taxonomy/match';

const lookups: ImportLookups = { match: matchSkills, byName: conceptByName, now: new Date(2025, 5, 15) };
const read = (text: string): ImportProposal => {
  const r = readCvText(text, lookups);
  if (!r.ok) throw new Error(r.error);
  return r.proposal;
};

const CV = `Jane Doe
Senior Backend Engineer

EXPERIENCE
Acme GmbH — Senior Engineer
2019 – present
Built payment services in Go and PostgreSQL on Kubernetes.

Beta Ltd, Developer, 2015 - 2019
Python and Django web apps; 3 years of Terraform.

EDUCATION
MSc Computer Science, TU Delft, 2015
BSc Mathematics, Leiden University, 2013

LANGUAGES
English (C2), German – native, Spanish

CERTIFICATIONS
Certified Kubernetes Administrator (CKA), 2021
`;

describe('readCvText', () => {
  it('proposes skills with years and the jobs they rest on', () => {
    const p = read(CV);
    const go = p.skills.find((s) => s.name === 'Go');
    expect(go).toMatchObject({ years: 6.5, source: '2019–now at Acme GmbH — Senior Engineer', known: true });
    expect(p.skills.find((s) => s.name === 'Django')).toMatchObject({ years: 4, source: '2015–2019 at Beta Ltd, Developer' });
    expect(p.skills.find((s) => s.name === 'Terraform')).toMatchObject({ years: 3, source: '“3 years of Terraform”' });
  });

  it('takes the highest degree of the education part, with its line', () => {
    expect(read(CV).degree).toEqual({ value: 'master', source: 'MSc Computer Science, TU Delft, 2015' });
  });

  it('reads the languages part with levels; a language listed without one reads as conversational', () => {
    expect(read(CV).languages).toEqual([
      { name: 'English', level: 'fluent', source: 'English (C2), German – native, Spanish' },
      { name: 'German', level: 'native', source: 'English (C2), German – native, Spanish' },
      { name: 'Spanish', level: 'conversational', source: 'English (C2), German – native, Spanish' },
    ]);
  });

  it('outside a languages part, only a language with a stated level counts', () => {
    const p = read('Worked for a German bank on Java.\nFluent in French.');
    expect(p.languages.map((l) => [l.name, l.level])).toEqual([['French', 'fluent']]);
  });

  it('reads certificates the CV holds', () => {
    expect(read(CV).certifications.map((c) => c.name)).toEqual(['CKA']);
  });

  it('reads degrees in other languages and does not take a Scrum Master for a degree', () => {
    expect(read('Ausbildung\nMaster of Science Informatik, TU München').degree?.value).toBe('master');
    expect(read('Scrum Master at Acme 2019 - 2021').degree).toBeNull();
    expect(read('FORMATION\nDoctorat en physique, 2012').degree?.value).toBe('phd');
  });

  it('says so for empty or oversized text and never throws', () => {
    expect(readCvText('  \n ', lookups)).toEqual({ ok: false, error: 'There is no text to read in it.' });
    const big = readCvText('a'.repeat(200_001), lookups);
    expect(big.ok).toBe(false);
  });
});
