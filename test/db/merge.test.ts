import { afterEach, describe, expect, it } from 'vitest';
import type { PostfitDb } from '../../lib/db/database';
import { exportAll, importBackup, type Backup } from '../../lib/db/backup';
import { getProfile } from '../../lib/db/repo';
import { filled, sampleProfile, snapshot } from './helpers';

let db: PostfitDb;
afterEach(() => db?.close());

describe('import(merge)', () => {
  it('merges skills by id keeping the higher years, upserts postings by url, keeps local settings', async () => {
    db = await filled(10);
    const local = await exportAll(db);
    const file: Backup = {
      ...local,
      profile: sampleProfile({
        skills: [
          { id: 'typescript', name: 'TS', years: 9, level: 'working' }, // more years than local 5
          { id: 'postgresql', name: 'Postgres', years: 1, level: 'expert' }, // fewer years, higher level
          { id: 'rust', name: 'Rust', years: null, level: 'learning' },
        ],
        degree: 'master',
        preferences: { remoteOnly: true, minSalary: null, titles: ['Staff Engineer', 'engineer'], needsSponsorship: false, authorizedIn: ['eu', 'UK'] },
      }),
      postings: [
        { ...local.postings[2]!, id: 'from-other-install', note: 'imported note' }, // same url as local
        { ...local.postings[0]!, id: local.postings[5]!.id, url: 'https://jobs.example.com/new', savedAt: 5 }, // id clash
      ],
      settings: [{ key: 'onboardingDone', value: false }, { key: 'futureFlag', value: { a: 1 } }],
    };
    await importBackup(db, file, 'merge', 99);

    const p = await getProfile(db);
    expect(p.skills).toEqual([
      { id: 'typescript', name: 'TypeScript', years: 9, level: 'expert' },
      { id: 'postgresql', name: 'PostgreSQL', years: 3, level: 'expert' },
      { id: 'rust', name: 'Rust', years: null, level: 'learning' },
    ]);
    expect(p).toMatchObject({ degree: 'master', updatedAt: 99 });
    expect(p.preferences).toEqual({ ...sampleProfile().preferences, titles: ['Engineer', 'Staff Engineer'], authorizedIn: ['EU', 'UK'] });

    expect(await db.postings.count()).toBe(11);
    expect(await db.postings.get(local.postings[2]!.id)).toMatchObject({ note: 'imported note' });
    expect(await db.postings.get('from-other-install')).toBeUndefined();
    expect(await db.postings.get(local.postings[5]!.id)).toEqual(local.postings[5]); // not overwritten
    const added = await db.postings.where('url').equals('https://jobs.example.com/new').first();
    expect(added!.id).not.toBe(local.postings[5]!.id);

    expect(await db.settings.get('onboardingDone')).toEqual({ key: 'onboardingDone', value: true });
    expect(await db.settings.get('futureFlag')).toEqual({ key: 'futureFlag', value: { a: 1 } });
  });

  it('into an empty database takes the file as it is', async () => {
    db = await filled(4);
    const file = await exportAll(db);
    await db.delete();
    await db.open();
    await importBackup(db, file, 'merge', 1);
    expect(await snapshot(db)).toEqual({ ...file, exportedAt: 0 });
  });
});
