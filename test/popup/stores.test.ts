import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll, getProfile, openPostfitDb, saveProfile, type PostfitDb } from '../../lib/db/index';
import { emptyProfile } from '../../lib/profile/schema';
import { createBackupStore } from '../../components/popup/stores/backupStore';
import { createImportStore, type ChosenFile, type ImportPorts } from '../../components/popup/stores/importStore';
import { readCvText } from '../../lib/import/cv-text';
import { conceptByName, matchSkills } from '../../lib/taxonomy/match';
import { createProfileStore } from '../../components/popup/stores/profileStore';
import { createSuggestionsStore, suggestionOptions } from '../../components/popup/stores/suggestionsStore';
import { loadTaxonomy } from '../../components/popup/stores/taxonomy';

let n = 0;
const dbs: PostfitDb[] = [];
async function openDb() {
  const db = await openPostfitDb(`popup-stores-${++n}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

describe('suggestions store', () => {
  it('finds the canonical skill from an alias and moves the highlight with wrap-around', async () => {
    const store = createSuggestionsStore();
    await store.getState().setQuery('k8s');
    const s = store.getState();
    expect(s.results[0]?.name).toBe('Kubernetes');
    expect(s.known).toBe(true);
    expect(s.active).toBe(0);
    s.move(-1, 3);
    expect(store.getState().active).toBe(2);
    s.move(1, 3);
    expect(store.getState().active).toBe(0);
    s.close();
    expect(store.getState().open).toBe(false);
  });

  it('keeps the results of the last keystroke only', async () => {
    const store = createSuggestionsStore();
    const a = store.getState().setQuery('Postg');
    const b = store.getState().setQuery('Terraf');
    await Promise.all([a, b]);
    expect(store.getState().results[0]?.name).toBe('Terraform');
    await store.getState().setQuery('  ');
    expect(store.getState()).toMatchObject({ results: [], open: false });
  });

  // The taxonomy loads on first use: keys pressed before the suggestions arrive act on what the user saw then.
  function slowStore() {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const store = createSuggestionsStore(async () => {
      await gate;
      return loadTaxonomy();
    });
    return { store, release };
  }

  it('keeps "add as typed" highlighted when it was chosen before the suggestions arrived', async () => {
    const { store, release } = slowStore();
    const pending = store.getState().setQuery('Postg');
    const shown = suggestionOptions(store.getState());
    expect(shown.map((o) => o.note)).toEqual(['add as typed']);
    store.getState().move(-1, shown.length);
    release();
    await pending;
    const s = store.getState();
    const options = suggestionOptions(s);
    expect(options.length).toBeGreaterThan(1);
    expect(options[s.active]).toMatchObject({ name: 'Postg', note: 'add as typed' });
  });

  it('holds an Enter pressed while loading until the suggestions are ready', async () => {
    const { store, release } = slowStore();
    const pending = store.getState().setQuery('k8s');
    store.getState().requestPick();
    expect(store.getState().takePendingPick()).toBe(false);
    release();
    await pending;
    expect(store.getState().takePendingPick()).toBe(true);
    expect(store.getState().takePendingPick()).toBe(false);
    expect(suggestionOptions(store.getState())[store.getState().active]?.name).toBe('Kubernetes');
  });

  it('forgets a pending Enter when the text changes', async () => {
    const { store, release } = slowStore();
    void store.getState().setQuery('k8s');
    store.getState().requestPick();
    const next = store.getState().setQuery('k8s op');
    release();
    await next;
    expect(store.getState().takePendingPick()).toBe(false);
  });
});

const lookups = async () => ({ match: matchSkills, byName: conceptByName, now: new Date(2025, 0, 1) });
const textPorts: ImportPorts = {
  lookups,
  readFile: async () => ({ ok: false, error: 'no files here' }),
};
const chosen = (name: string, text: string, size = text.length): ChosenFile => ({
  name,
  size,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});

describe('import store', () => {
  it('proposes skills from pasted text, unticks those already in the profile, adds the ticked ones', async () => {
    const db = await openDb();
    const profile = createProfileStore(async () => db);
    await profile.getState().addSkill({ id: 'python', name: 'Python' });
    const cv = createImportStore(profile, textPorts);
    await cv.getState().read();
    expect(cv.getState().error).toMatch(/Paste/);
    cv.getState().setText('Acme 2019–2023\nKubernetes and Terraform. 5 years of Python.\nLanguages\nGerman (native)');
    await cv.getState().read();
    const { proposal, picked } = cv.getState();
    expect(proposal?.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['kubernetes', 'terraform', 'python']));
    expect(picked).toMatchObject({ 'skill:kubernetes': true, 'skill:terraform': true, 'skill:python': true, 'language:german': true });
    cv.getState().toggle('skill:terraform');
    expect(await cv.getState().add()).toBe(true);
    const saved = await getProfile(db);
    expect(saved.skills.find((s) => s.id === 'kubernetes')).toMatchObject({ years: 4, level: 'working' });
    expect(saved.skills.find((s) => s.id === 'python')?.years).toBe(5);
    expect(saved.skills.some((s) => s.id === 'terraform')).toBe(false);
    expect(saved.languages).toEqual([{ name: 'German', level: 'native' }]);
    expect(cv.getState()).toMatchObject({ text: '', proposal: null, added: 3 });
  });

  it('asks to tick something before adding', async () => {
    const db = await openDb();
    const cv = createImportStore(createProfileStore(async () => db), textPorts);
    cv.getState().setText('Kubernetes');
    await cv.getState().read();
    cv.getState().pickAll(false);
    expect(await cv.getState().add()).toBe(false);
    expect(cv.getState().error).toMatch(/Tick at least one/);
  });

  it('refuses a file over the size limit before reading it, and a file its reader refuses; nothing changes', async () => {
    const db = await openDb();
    const profile = createProfileStore(async () => db);
    let reads = 0;
    const ports: ImportPorts = { lookups, readFile: async () => (reads++, { ok: false, error: 'This is not a PDF.' }) };
    const cv = createImportStore(profile, ports);
    await cv.getState().readFile(chosen('huge.pdf', '', 11 * 1024 * 1024));
    expect(cv.getState().error).toBe('“huge.pdf” is 11 MB; Postfit reads files up to 10 MB. Nothing was changed.');
    expect(reads).toBe(0);
    await cv.getState().readFile(chosen('cv.pdf', 'hello'));
    expect(cv.getState()).toMatchObject({ busy: false, proposal: null, error: '“cv.pdf” was not imported: This is not a PDF. Nothing was changed.' });
    expect((await getProfile(db)).skills).toEqual([]);
  });

  it('shows the reader\'s progress, and drops a read the user stopped', async () => {
    const db = await openDb();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ports: ImportPorts = {
      lookups,
      async readFile(_name, _bytes, l, onProgress) {
        onProgress('Reading page 1 of 2…');
        await gate;
        return readCvText('Kubernetes', l, 'pdf');
      },
    };
    const cv = createImportStore(createProfileStore(async () => db), ports);
    const reading = cv.getState().readFile(chosen('cv.pdf', '%PDF-'));
    await vi.waitFor(() => expect(cv.getState().progress).toBe('Reading page 1 of 2…'));
    expect(cv.getState().busy).toBe(true);
    cv.getState().reset();
    release();
    await reading;
    expect(cv.getState()).toMatchObject({ busy: false, proposal: null, fileName: null, progress: null });
  });
});

describe('backup store', () => {
  it('exports the database as JSON', async () => {
    const db = await openDb();
    await saveProfile(db, { ...emptyProfile(), certifications: ['CKA'] });
    const r = await createBackupStore(async () => db, () => Date.UTC(2025, 2, 4)).getState().exportJson();
    expect(r?.fileName).toBe('postfit-backup-2025-03-04.json');
    expect(JSON.parse(r!.json).profile.certifications).toEqual(['CKA']);
  });

  it('lists what is wrong with an invalid file and changes nothing', async () => {
    const db = await openDb();
    await saveProfile(db, { ...emptyProfile(), certifications: ['CKA'] });
    const before = await exportAll(db, 0);
    const store = createBackupStore(async () => db);
    const bad = { ...before, profile: { ...before.profile, skills: [{ id: 'go', name: 'Go', years: -1, level: 'guru' }] } };
    await store.getState().readFile(file('bad.json', JSON.stringify(bad)));
    expect(store.getState().phase).toBe('idle');
    expect(store.getState().errors.join('\n')).toMatch(/profile\.skills\[0\]\.years/);
    expect(store.getState().errors.join('\n')).toMatch(/profile\.skills\[0\]\.level/);
    await store.getState().readFile(file('x.json', '{nope'));
    expect(store.getState().errors[0]).toMatch(/not valid JSON/);
    expect(await exportAll(db, 0)).toEqual(before);
  });

  it('asks merge or replace for a valid file, then imports', async () => {
    const db = await openDb();
    await saveProfile(db, { ...emptyProfile(), certifications: ['CKA'] });
    const other = await openDb();
    await saveProfile(other, { ...emptyProfile(), certifications: ['AWS SAA'] });
    const json = JSON.stringify(await exportAll(other));
    const store = createBackupStore(async () => db);

    await store.getState().readFile(file('b.json', json));
    expect(store.getState().phase).toBe('choose');
    expect(await store.getState().confirm('merge')).toBe(true);
    expect((await getProfile(db)).certifications).toEqual(['CKA', 'AWS SAA']);

    await store.getState().readFile(file('b.json', json));
    expect(await store.getState().confirm('replace')).toBe(true);
    expect((await getProfile(db)).certifications).toEqual(['AWS SAA']);
    expect(store.getState().message).toMatch(/replaces/);
  });

  it('shows the quota message when the disk is full', async () => {
    const db = await openDb();
    const json = JSON.stringify(await exportAll(db));
    const store = createBackupStore(async () => db);
    await store.getState().readFile(file('b.json', json));
    db.profile.clear = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as unknown as typeof db.profile.clear;
    expect(await store.getState().confirm('replace')).toBe(false);
    expect(store.getState()).toMatchObject({ failed: true, message: expect.stringMatching(/no storage space left/) });
  });
});

describe('backup store: a profile file by name', () => {
  const profileText = JSON.stringify({
    skills: [{ name: 'k8s', years: 4, level: 'expert' }, { name: 'Zigbee Stack', years: 1 }],
    languages: [{ name: 'German', level: 'C1' }],
    degree: 'master',
  });

  it('resolves names through the alias lookup and replaces only the profile', async () => {
    const db = await openDb();
    await saveProfile(db, { ...emptyProfile(), certifications: ['CKA'] });
    await db.settings.put({ key: 'onboardingDone', value: true });
    const before = await exportAll(db, 0);
    const store = createBackupStore(async () => db);
    await store.getState().readFile(file('me.json', profileText));
    expect(store.getState()).toMatchObject({ phase: 'choose', profileFile: { unknown: ['Zigbee Stack'] } });
    expect(await store.getState().confirm('replace')).toBe(true);
    const p = await getProfile(db);
    expect(p.skills.map((s) => [s.id, s.name, s.years])).toEqual([['kubernetes', 'Kubernetes', 4], ['zigbee-stack', 'Zigbee Stack', 1]]);
    expect(p.languages).toEqual([{ name: 'German', level: 'fluent' }]);
    expect(p.certifications).toEqual([]);
    expect((await exportAll(db, 0)).settings).toEqual(before.settings);
    expect(store.getState().message).toMatch(/Profile now replaces your profile/);
  });

  it('merges into the stored profile', async () => {
    const db = await openDb();
    await saveProfile(db, { ...emptyProfile(), certifications: ['CKA'] });
    const store = createBackupStore(async () => db);
    await store.getState().readFile(file('me.json', profileText));
    expect(await store.getState().confirm('merge')).toBe(true);
    const p = await getProfile(db);
    expect(p.certifications).toEqual(['CKA']);
    expect(p.skills.map((s) => s.id)).toContain('kubernetes');
  });

  it('lists what is wrong with a bad profile file and changes nothing', async () => {
    const db = await openDb();
    await saveProfile(db, { ...emptyProfile(), certifications: ['CKA'] });
    const before = await exportAll(db, 0);
    const store = createBackupStore(async () => db);
    await store.getState().readFile(file('me.json', JSON.stringify({ skills: [{ name: 'Go', level: 'guru' }], languages: [{ name: 'German', level: 'D9' }] })));
    expect(store.getState().phase).toBe('idle');
    expect(store.getState().errors.join('\n')).toMatch(/skills\[0\]\.level/);
    expect(store.getState().errors.join('\n')).toMatch(/languages\[0\]\.level/);
    expect(await exportAll(db, 0)).toEqual(before);
  });
});
