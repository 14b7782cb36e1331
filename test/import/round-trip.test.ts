// Import then export then import gives the same profile, through the whole path the popup takes: the file's bytes,
// the sniffing, the reader, the review's ticks and the merge into the stored profile.
import { describe, expect, it } from 'vitest';
import { applyProposal } from '../../lib/import/apply';
import { itemKeys } from '../../lib/import/proposal';
import { profileToJsonResume } from '../../lib/import/json-resume-export';
import { readImportFile, unpackHere } from '../../lib/import/read-file';
import { ProfileSchema, emptyProfile, type Profile } from '../../lib/profile/schema';
import { lookups } from './lookups';

const noPdf = { pdfText: async () => ({ ok: false as const, error: 'no PDF here' }), unpack: unpackHere };

async function importInto(base: Profile, name: string, bytes: Uint8Array): Promise<Profile> {
  const r = await readImportFile(name, bytes, lookups, noPdf);
  if (!r.ok) throw new Error(r.error);
  // The user ticks every item (a name the skills list does not know starts unticked).
  const everything = new Set(itemKeys(r.proposal));
  return applyProposal(base, r.proposal, everything).profile;
}

const exported = (p: Profile) => new TextEncoder().encode(JSON.stringify(profileToJsonResume(p), null, 2));

const PROFILE: Profile = ProfileSchema.parse({
  ...emptyProfile(),
  skills: [
    { id: 'python', name: 'Python', years: 8, level: 'expert' },
    { id: 'kubernetes', name: 'Kubernetes', years: 4.5, level: 'working' },
    { id: 'rust', name: 'Rust', years: null, level: 'learning' },
    { id: 'zigbee-stack', name: 'Zigbee Stack', years: 1, level: 'working' },
  ],
  degree: 'master',
  languages: [{ name: 'English', level: 'fluent' }, { name: 'German', level: 'native' }, { name: 'Spanish', level: 'basic' }],
  certifications: ['CKA', 'AWS Certified Solutions Architect – Associate'],
});

describe('JSON Resume round trip', () => {
  it('export, then import into an empty profile, gives the same profile', async () => {
    const back = await importInto(emptyProfile(), 'me.resume.json', exported(PROFILE));
    const { updatedAt: _a, ...want } = PROFILE;
    const { updatedAt: _b, ...got } = back;
    expect({ ...got, skills: [...got.skills].sort((a, b) => a.id.localeCompare(b.id)) }).toEqual({
      ...want,
      skills: [...want.skills].sort((a, b) => a.id.localeCompare(b.id)),
    });
  });

  it('import, export, import gives the same profile as the first import', async () => {
    const resume = {
      basics: { name: 'Ada' },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2018-01', endDate: '2022-01', highlights: ['Built payment services in Golang on Kubernetes'] }],
      skills: [{ name: 'Go', level: 'Expert' }, { name: 'PostgreSQL', keywords: ['SQL'] }],
      languages: [{ language: 'French', fluency: 'Native speaker' }],
      certificates: [{ name: 'CKA', issuer: 'CNCF' }],
      education: [{ institution: 'TU Delft', studyType: 'Bachelor', area: 'CS' }],
    };
    const first = await importInto(emptyProfile(), 'r.json', new TextEncoder().encode(JSON.stringify(resume)));
    expect(first.skills.find((s) => s.id === 'go')).toMatchObject({ years: 4, level: 'expert' });
    const second = await importInto(emptyProfile(), 'r.json', exported(first));
    expect(second).toEqual(first);
  });
});
