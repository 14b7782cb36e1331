import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { LINKEDIN_MESSAGES, readLinkedInExport } from '../../lib/import/linkedin';
import type { ImportProposal } from '../../lib/import/proposal';
import { ZIP_MESSAGES } from '../../lib/import/zip';
import { EDUCATION, LANGUAGES, fullExport, linkedInZip } from './linkedin-files';
import { lookups } from './lookups';

const proposal = (bytes: Uint8Array): ImportProposal => {
  const r = readLinkedInExport(bytes, lookups);
  if (!r.ok) throw new Error(r.error);
  return r.proposal;
};
const skill = (p: ImportProposal, id: string) => p.skills.find((s) => s.id === id);

describe('readLinkedInExport', () => {
  const p = proposal(fullExport());

  it('proposes the skills of Skills.csv, resolved through the taxonomy, unknown ones as typed', () => {
    expect(p.kind).toBe('linkedin');
    expect(skill(p, 'docker')?.known).toBe(true);
    expect(skill(p, 'frobnicator-3000')).toEqual({ id: 'frobnicator-3000', name: 'Frobnicator 3000', known: false, years: null, source: 'LinkedIn skills' });
  });

  it('gives years from the positions whose title or description name a skill (no end = now)', () => {
    // Acme Jan 2019 – now (June 2025): 78 months; Globex Mar 2015 – Dec 2018: 46 months.
    expect(skill(p, 'python')).toMatchObject({ years: 10.5, source: '2019–now at Acme Corp, 2015–2018 at Globex' });
    expect(skill(p, 'postgresql')).toMatchObject({ name: 'PostgreSQL', years: 4, source: '2015–2018 at Globex' });
    expect(skill(p, 'terraform')).toMatchObject({ years: 6.5, source: '2019–now at Acme Corp' });
    expect(skill(p, 'go')).toMatchObject({ years: 6.5 });
  });

  it('maps LinkedIn proficiencies to the profile levels, after a "Notes:" preamble', () => {
    expect(p.languages).toEqual([
      { name: 'English', level: 'native', source: 'LinkedIn: Native or bilingual proficiency' },
      { name: 'German', level: 'fluent', source: 'LinkedIn: Professional working proficiency' },
      { name: 'Spanish', level: 'basic', source: 'LinkedIn: Elementary proficiency' },
      { name: 'Dutch', level: 'conversational', source: 'LinkedIn (no level given; check it)' },
    ]);
  });

  it('lists certifications with their authority and date', () => {
    expect(p.certifications).toEqual([
      { name: 'Certified Kubernetes Administrator', source: 'The Linux Foundation, Nov 2021' },
      { name: 'Scrum Master', source: 'LinkedIn certifications' },
    ]);
  });

  it('takes the highest degree of Education.csv', () => {
    expect(p.degree).toEqual({ value: 'master', source: 'Master of Science - MS, ETH Zürich' });
  });

  it('finds the files in a folder of the ZIP, and ignores macOS copies', () => {
    const nested = fullExport('Basic_LinkedInDataExport_06-15-2025/');
    expect(proposal(nested)).toEqual(p);
    const junk = zipSync({ '__MACOSX/._Skills.csv': strToU8('\0\0garbage'), 'Skills.csv': strToU8('Name\nPython\n') });
    expect(proposal(junk).skills.map((s) => s.id)).toEqual(['python']);
  });

  it('finds files zipped with Windows path separators', () => {
    expect(proposal(zipSync({ 'export\\Skills.csv': strToU8('Name\nPython\n') })).skills.map((s) => s.id)).toEqual(['python']);
  });

  it('leaves out a "skill" longer than a profile stores (a pasted paragraph)', () => {
    const r = proposal(linkedInZip({ 'Skills.csv': `Name\nPython\n"${'very long '.repeat(30)}"\n` }));
    expect(r.skills.map((s) => s.id)).toEqual(['python']);
  });

  it('reads an export with only some of the files', () => {
    const r = proposal(linkedInZip({ 'Education.csv': EDUCATION }));
    expect(r).toMatchObject({ skills: [], languages: [], certifications: [], degree: { value: 'master' } });
    expect(proposal(linkedInZip({ 'Languages.csv': LANGUAGES })).languages).toHaveLength(4);
  });

  it('says a ZIP with none of the files is not a LinkedIn export', () => {
    expect(readLinkedInExport(zipSync({ 'photo.jpg': new Uint8Array([1, 2]) }), lookups)).toEqual({ ok: false, error: LINKEDIN_MESSAGES.notExport });
  });

  it('says an export whose files hold nothing usable holds nothing', () => {
    expect(readLinkedInExport(linkedInZip({ 'Skills.csv': 'Name\n', 'Languages.csv': 'Name,Proficiency\n' }), lookups)).toEqual({ ok: false, error: LINKEDIN_MESSAGES.nothing });
  });

  it('names a file that is not the expected table', () => {
    expect(readLinkedInExport(linkedInZip({ 'Skills.csv': 'Skill title;Endorsements\nPython;3' }), lookups)).toEqual({ ok: false, error: LINKEDIN_MESSAGES.damaged('Skills.csv') });
    expect(readLinkedInExport(linkedInZip({ 'Positions.csv': 'Company Name,Title,Started On\nAcme,"Go dev,2019' }), lookups)).toEqual({ ok: false, error: LINKEDIN_MESSAGES.damaged('Positions.csv') });
  });

  it('passes on the unzip messages for a file that is not a ZIP or is damaged', () => {
    expect(readLinkedInExport(strToU8('Name\nPython'), lookups)).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
    expect(readLinkedInExport(fullExport().slice(0, 300), lookups)).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
  });
});
