import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/posting/normalize';
import { readHeader } from '../../lib/posting/header';
import { hasRequirementsPart, splitSections } from '../../lib/posting/sections';
import { classifyHeading } from '../../lib/posting/headings';
import type { SectionKind } from '../../lib/posting/types';
import { devIds, posting } from './helpers';

const sections = (id: string) => splitSections(readHeader(normalizeText(posting(id))).body);
const kinds = (id: string) => Object.fromEntries(sections(id).filter((s) => s.heading).map((s) => [s.heading!.replace(/:$/, ''), s.kind]));

describe('section kinds on dev postings', () => {
  const expected: Record<string, Record<string, SectionKind>> = {
    'seed-000': { 'What you will be doing': 'responsibilities', Requirements: 'requirements', 'Must Have': 'requirements', 'About Rackspace Technology': 'company' },
    'seed-002': { 'What you must have': 'requirements', 'Bonus Points': 'preferred', 'What you’ll be doing': 'responsibilities' },
    'seed-003': { 'Core Responsibilities': 'responsibilities', Qualifications: 'requirements', Requirements: 'requirements' },
    'seed-004': { 'Your Key Responsibilities': 'responsibilities', 'Your Qualifications': 'requirements', 'Our Offering': 'benefits' },
    'dev-001': { 'Company Description': 'company', 'Job Description': 'other', Qualifications: 'requirements', 'Additional Information': 'benefits' },
    'dev-002': { 'Vos missions': 'responsibilities', Qualifications: 'requirements' },
    'dev-003': { "What you'll need": 'requirements', 'What we offer': 'benefits' },
    'dev-004': { 'About You': 'requirements', 'What You’ll Do': 'responsibilities', 'Who Are We?': 'company' },
    'dev-005': { Required: 'requirements', Preferred: 'preferred' },
    'dev-006': { 'Minimum Qualifications': 'requirements', 'Preferred Qualifications': 'preferred' },
    'dev-007': { "What you'll need to be successful in this role": 'requirements', 'Preferred Qualifications': 'preferred' },
    'dev-008': { 'What you’ll bring to the team': 'requirements', 'What you’ll do': 'responsibilities' },
    'dev-009': { 'Job Duties': 'responsibilities', Qualifications: 'requirements' },
    'dev-010': { Qualifications: 'requirements', 'Compétences particulières': 'requirements' },
    'dev-011': { 'You Have': 'requirements', 'Nice If You Have': 'preferred', Compensation: 'benefits', Clearance: 'other' },
    'dev-012': { Responsibilities: 'responsibilities', 'Required Qualifications': 'requirements', 'Desired Qualifications': 'preferred' },
    'dev-013': { 'What You’ll Do': 'responsibilities', 'What You Know': 'requirements', Education: 'requirements' },
    'dev-017': { 'About Vercel': 'company', 'About You': 'requirements', 'Bonus If You': 'preferred', Benefits: 'benefits' },
    'dev-020': { 'Sobre a ília': 'company', 'Sobre a vaga': 'other', Requisitos: 'requirements', Diferencial: 'preferred' },
  };
  for (const [id, exp] of Object.entries(expected)) {
    it(id, () => expect(kinds(id)).toMatchObject(exp));
  }
  it('every dev posting with a requirements heading has a requirements part; HN posts do not', () => {
    for (const id of devIds()) {
      const hn = ['dev-014', 'dev-015', 'dev-016'].includes(id);
      expect(hasRequirementsPart(sections(id)), id).toBe(!hn);
    }
  });
  it('a lead-in list inside requirements does not end them', () => {
    const s = splitSections('Requirements:\n- Go\nYou have:\n- Kafka\nBonus points if you have:\n- Rust\n\nAbout us\nWe ship.');
    expect(s.map((x) => x.kind)).toEqual(['requirements', 'preferred', 'company']);
    expect(s[0]!.lines.join('\n')).toMatch(/Kafka/);
  });
  it('plain requirement lines are not mistaken for headings', () => {
    const s = splitSections('Your Qualifications\nStrong communication skills\nMaster\'s Degree Preferred\nPython preferred\nExperience with Kubernetes');
    expect(s).toHaveLength(1);
    expect(s[0]!.lines.filter((l) => l.trim())).toHaveLength(4);
  });
  it('a generic "Job Description" container full of requirements becomes requirements', () => {
    const s = splitSections('Job Description\n- 5+ years of experience with Java\n- Knowledge of SQL\n- Degree in CS');
    expect(s[0]!.kind).toBe('requirements');
  });
});

describe('heading vocabulary in five languages (+pt)', () => {
  const cases: Array<[string, SectionKind | 'generic']> = [
    ['Requirements:', 'requirements'], ['What you bring', 'requirements'], ['Must Have', 'requirements'], ['Qualifications', 'requirements'],
    ["What we're looking for in you", 'requirements'], ['Profil recherché', 'requirements'], ['Votre profil', 'requirements'],
    ['Erforderliche Kenntnisse', 'requirements'], ['Meine Qualifikation', 'requirements'], ['Dein Profil', 'requirements'],
    ['Das bringst du mit', 'requirements'], ['Necesitamos', 'requirements'], ['Requisitos', 'requirements'], ['Lo que buscamos', 'requirements'],
    ['Wat wij vragen', 'requirements'], ['Jouw profiel', 'requirements'], ['O que buscamos', 'requirements'], ['Pré-requis', 'requirements'],
    ['KEY COMPETENCIES', 'requirements'], ['Core Competencies', 'requirements'], ['Kompetenzen', 'requirements'], ['KSAs', 'requirements'],
    ['You are', 'requirements'], ['You will have the opportunity to', 'responsibilities'],
    ['Nice to have', 'preferred'], ['Bonus points', 'preferred'], ['Pluspunkte', 'preferred'], ['Un plus', 'preferred'], ['Deseable', 'preferred'],
    ["What you'll do", 'responsibilities'], ['Responsibilities', 'responsibilities'], ['Deine Aufgaben', 'responsibilities'],
    ['Vos missions', 'responsibilities'], ['Funciones', 'responsibilities'], ['Wat ga je doen', 'responsibilities'],
    ['Benefits', 'benefits'], ['What we offer', 'benefits'], ['Wir bieten', 'benefits'], ['Nous offrons', 'benefits'], ['Wij bieden', 'benefits'],
    ['About us', 'company'], ['Company Description', 'company'], ['Über uns', 'company'], ['Qui sommes-nous ?', 'company'],
    ['How to apply', 'apply'], ['Job Description', 'generic'], ['Stellenbeschreibung', 'generic'], ['About the role', 'generic'],
  ];
  for (const [h, k] of cases) it(h, () => expect(classifyHeading(h)).toBe(k));
});
