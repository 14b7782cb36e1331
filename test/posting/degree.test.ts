import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDegree } from '../../lib/posting/degree';
import { devCases, u } from './helpers';

describe('findDegree', () => {
  it.each([
    ["Bachelor's degree in Computer Science or equivalent experience", 'bachelor'],
    ['BS in Accounting, Finance, MIS, IT or related field', 'bachelor'],
    ['Technical degree: Computer Science, software engineering or related', 'bachelor'],
    ["A Bachelor's, Master's, or Ph.D. in Computer Science", 'bachelor'],
    ['Abgeschlossenes Studium der Informatik', 'bachelor'],
    ['Abgeschlossenes Hochschulstudium (Master) in Physik', 'master'],
    ['Afgeronde HBO opleiding', 'bachelor'],
    ['Een diploma op minimaal hbo niveau', 'bachelor'], // Dutch writes hbo in lower case too
    ['Je hebt een afgeronde hbo-opleiding', 'bachelor'],
    ['Een mbo- of hbo-opleiding', null],
    ['Grado en Ingeniería Informática', 'bachelor'],
    ['Licenciatura en Administración', 'bachelor'],
    ['Issu.e d’un Bac + 5 type école de commerce ou Master spécialisé', 'master'],
    ['Formation : Bac+3 minimum en informatique', 'bachelor'],
    ['MSc in Statistics', 'master'],
    ['PhD in Machine Learning', 'phd'],
    ['Scheduled to obtain a Bachelor\u2019s degree by Spring 2028', 'bachelor'],
    ['Ensino superior completo em Computação', 'bachelor'],
  ])('%s', (text, want) => expect(findDegree([u(text)])).toBe(want));

  it.each([
    'Associate degree is required OR 2-3 years relevant experience in lieu of degree.',
    'Bac+2 en commerce',
    'Nursing school diploma',
    'High school diploma or GED',
    'High degree of professional ethics and integrity',
    'Experience as a Scrum Master',
    'Master data management experience',
    "Master's degree preferred",
    'No college degree required',
  ])('null for %s', (text) => expect(findDegree([u(text)])).toBeNull());

  it('ignores preferred units and keeps the required level', () => {
    expect(findDegree([u('PhD a plus', 'requirements', true)])).toBeNull();
    expect(findDegree([u("Bachelor's degree required"), u("Master's Degree Preferred", 'requirements', true)])).toBe('bachelor');
    expect(findDegree([u("Master's degree", 'preferred', true)])).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { findDegree([u(s)]); }));
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findDegree(c.units)).toBe(c.label.degree));
  });
});
