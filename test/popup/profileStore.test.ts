import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { getProfile, openPostfitDb, saveProfile, type PostfitDb } from '../../lib/db/index';
import { emptyProfile } from '../../lib/profile/schema';
import { createProfileStore } from '../../components/popup/stores/profileStore';

let n = 0;
const dbs: PostfitDb[] = [];
async function setup() {
  const db = await openPostfitDb(`popup-test-${++n}`);
  dbs.push(db);
  const store = createProfileStore(async () => db);
  return { db, store, s: () => store.getState() };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('profile store', () => {
  it('adds, updates and removes a skill, saving each change', async () => {
    const { db, s } = await setup();
    expect(await s().addSkill({ id: 'kubernetes', name: 'Kubernetes' })).toBe(true);
    expect(s().status).toBe('saved');
    expect((await getProfile(db)).skills).toEqual([{ id: 'kubernetes', name: 'Kubernetes', years: null, level: 'working' }]);

    expect(await s().setYears('kubernetes', '4')).toBe(true);
    expect(await s().setLevel('kubernetes', 'expert')).toBe(true);
    expect((await getProfile(db)).skills[0]).toMatchObject({ years: 4, level: 'expert' });

    await s().addSkill({ id: 'python', name: 'Python' });
    expect(s().profile.skills.map((x) => x.id)).toEqual(['python', 'kubernetes']); // newest first

    expect(await s().removeSkill('kubernetes')).toBe(true);
    expect((await getProfile(db)).skills.map((x) => x.id)).toEqual(['python']);
  });

  it('refuses a duplicate skill with a message beside the search box', async () => {
    const { s } = await setup();
    await s().addSkill({ id: 'go', name: 'Go' });
    expect(await s().addSkill({ id: 'go', name: 'Go' })).toBe(false);
    expect(s().fieldErrors.skill).toMatch(/already in your profile/);
    expect(s().profile.skills).toHaveLength(1);
  });

  it.each([
    ['lots', /must be a number/],
    ['-2', /cannot be negative/],
    ['61', /60 or less/],
  ])('refuses years %s beside the field and keeps the stored value', async (raw, msg) => {
    const { db, s } = await setup();
    await s().addSkill({ id: 'go', name: 'Go' });
    await s().setYears('go', '2');
    expect(await s().setYears('go', raw)).toBe(false);
    expect(s().fieldErrors['years:go']).toMatch(msg);
    expect((await getProfile(db)).skills[0]!.years).toBe(2);
    // A valid value clears the error; an empty box means "unknown".
    expect(await s().setYears('go', '')).toBe(true);
    expect(s().fieldErrors['years:go']).toBeUndefined();
    expect((await getProfile(db)).skills[0]!.years).toBeNull();
  });

  it('validates the minimum salary: negative amount, bad currency, empty clears it', async () => {
    const { db, s } = await setup();
    expect(await s().setMinSalary('-100', 'EUR', 'year')).toBe(false);
    expect(s().fieldErrors['salary.amount']).toMatch(/cannot be negative/);
    expect(await s().setMinSalary('55 000', 'eu', 'year')).toBe(false);
    expect(s().fieldErrors['salary.amount']).toBeUndefined();
    expect(s().fieldErrors['salary.currency']).toMatch(/3-letter/);
    expect(await s().setMinSalary('55,000', 'usd', 'month')).toBe(true);
    expect((await getProfile(db)).preferences.minSalary).toEqual({ amount: 55000, currency: 'USD', period: 'month' });
    expect(await s().setMinSalary('', 'USD', 'month')).toBe(true);
    expect((await getProfile(db)).preferences.minSalary).toBeNull();
  });

  it('adds languages, certifications and titles, refusing empty and duplicate names', async () => {
    const { db, s } = await setup();
    expect(await s().addLanguage('German', 'fluent')).toBe(true);
    expect(await s().addLanguage(' german ', 'basic')).toBe(false);
    expect(s().fieldErrors.language).toMatch(/already in the list/);
    expect(await s().addToList('certifications', '  ')).toBe(false);
    expect(s().fieldErrors.certifications).toMatch(/Type a certification/);
    expect(await s().addToList('certifications', 'CKA')).toBe(true);
    expect(await s().addToList('titles', 'Platform engineer')).toBe(true);
    const p = await getProfile(db);
    expect(p.languages).toEqual([{ name: 'German', level: 'fluent' }]);
    expect(p.certifications).toEqual(['CKA']);
    expect(p.preferences.titles).toEqual(['Platform engineer']);
  });

  it('follows changes made elsewhere (liveQuery)', async () => {
    const { db, s } = await setup();
    const stop = s().start();
    await expect.poll(() => s().loaded).toBe(true);
    await saveProfile(db, { ...emptyProfile(), skills: [{ id: 'rust', name: 'Rust', years: 1, level: 'learning' }] });
    await expect.poll(() => s().profile.skills.map((x) => x.id)).toEqual(['rust']);
    stop();
  });

  it('a refused save shows why and restores what is stored', async () => {
    const { db, s } = await setup();
    await s().addSkill({ id: 'go', name: 'Go' });
    const ok = await s().edit((p) => ({ ...p, skills: [...p.skills, { id: 'x', name: 'x'.repeat(500), years: null, level: 'working' }] }));
    expect(ok).toBe(false);
    expect(s().status).toBe('error');
    expect(s().message).toMatch(/^Not saved: profile\.skills\[1\]\.name/);
    expect(s().profile.skills.map((x) => x.id)).toEqual(['go']);
    expect((await getProfile(db)).skills.map((x) => x.id)).toEqual(['go']);
  });

  it('reports a full disk with the storage message', async () => {
    const { db, s } = await setup();
    const put = db.profile.put.bind(db.profile);
    db.profile.put = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as unknown as typeof db.profile.put;
    expect(await s().addSkill({ id: 'go', name: 'Go' })).toBe(false);
    expect(s().message).toMatch(/no storage space left/);
    expect(s().profile.skills).toEqual([]);
    db.profile.put = put;
  });

  it('saves quick successive edits in order', async () => {
    const { db, s } = await setup();
    await s().addSkill({ id: 'go', name: 'Go' });
    await Promise.all(['1', '12', '1.5'].map((y) => s().setYears('go', y)));
    expect((await getProfile(db)).skills[0]!.years).toBe(1.5);
    expect(s().profile.skills[0]!.years).toBe(1.5);
  });
});
