// Issue #7: "every rejected import keeps 100% of records". Each kind of file the import refuses, in both modes,
// through the popup's own path (read the file, then confirm) and through the API: the database afterwards
// holds exactly what it held before, byte for byte.
import { afterEach, describe, expect, it } from 'vitest';
import type { PostfitDb } from '../../lib/db/database';
import { exportAll, importBackup, MAX_BACKUP_CHARS, parseBackup, type Backup, type ImportMode } from '../../lib/db/backup';
import { toCsv, toJson } from '../../lib/saved/export';
import { createBackupStore } from '../../components/popup/stores/backupStore';
import { diskFullAfter } from './full-disk';
import { filled } from './helpers';
import { read } from './installs';

let db: PostfitDb;
afterEach(() => db?.close());

const MODES: ImportMode[] = ['replace', 'merge'];

async function reopen(change: () => void) {
  db.close();
  change();
  await db.open();
}
const json = (v: unknown) => JSON.stringify(v);

/** A valid backup of another install: 40 postings, none of them local, and a profile to merge. */
async function otherBackup(): Promise<Backup> {
  const other = await filled(40);
  const b = await exportAll(other, 1);
  other.close();
  const postings = b.postings.map((p, i) => ({ ...p, id: `other-${i}`, url: `https://other.example/${i}` }));
  return { ...b, postings, settings: [...b.settings, { key: 'fromOtherInstall', value: [1] }] };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case reaches into any field of a backup to break it
type Loose = Record<string, any>;

/** Every kind of file the import refuses before writing: [kind, file text]. */
async function refusedFiles(): Promise<[string, string][]> {
  const good = await otherBackup();
  const bad = (f: (b: Loose) => void) => {
    const b = structuredClone(good) as Loose;
    f(b);
    return json(b);
  };
  const text = json(good);
  return [
    ['malformed JSON: cut short', text.slice(0, text.length >> 1)],
    ['malformed JSON: empty file', ''],
    ['malformed JSON: trailing garbage', `${text}}`],
    ['malformed JSON: NaN and single quotes', "{'format': 'postfit-backup', 'version': NaN}"],
    ['wrong schema: postings is not a list', bad((b) => (b.postings = { 0: b.postings[0] }))],
    ['wrong schema: no profile key', bad((b) => delete b.profile)],
    ['wrong schema: exportedAt is a string', bad((b) => (b.exportedAt = '2026-01-01'))],
    ['wrong schema: a profile skill without id', bad((b) => delete b.profile.skills[0].id)],
    ['bad record in the middle: unknown status', bad((b) => (b.postings[20].status = 'hired'))],
    ['bad record in the middle: record.minYears -1', bad((b) => (b.postings[20].record.minYears = -1))],
    ['bad record in the middle: duplicate url', bad((b) => (b.postings[20].url = b.postings[3].url))],
    ['bad record in the middle: text over 1 MB', bad((b) => (b.postings[20].text = 'x'.repeat(1_000_001)))],
    ['bad record in the middle: known setting of the wrong type', bad((b) => (b.settings[1].value = 'yes'))],
    ['hostile shape: setting named __proto__', bad((b) => b.settings.push({ key: '__proto__', value: { polluted: true } }))],
    ['hostile shape: setting named constructor', bad((b) => b.settings.push({ key: 'constructor', value: 1 }))],
    ['hostile shape: setting named prototype', bad((b) => b.settings.push({ key: 'prototype', value: [] }))],
    ['hostile shape: a "__proto__" key inside a setting value', json(good).replace('"value":[1]', '"value":{"__proto__":{"polluted":true}}')],
    ['hostile shape: a setting value nested 100,000 levels deep', json(good).replace('"value":[1]', `"value":${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
    ['hostile shape: a profile nested 100,000 levels deep', json(good).replace('"profile":{', `"profile":{"x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},`)],
    ['too-new version: 2', bad((b) => (b.version = 2))],
    ['too-new version: 999', bad((b) => (b.version = 999))],
    ['wrong kind of file: saved-postings JSON export', toJson(good.postings, 1)],
    ['wrong kind of file: saved-postings CSV export', toCsv(good.postings)],
    ['wrong kind of file: a profile', json(good.profile)],
    ['wrong kind of file: an HTML page', '<!doctype html><html><body>{"format":"postfit-backup"}</body></html>'],
    ['wrong kind of file: binary', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR'],
    ['wrong kind of file: JSON array, string, null', '[{"format":"postfit-backup","version":1}]'],
    ['wrong kind of file: another app', json({ format: 'other-app', version: 1, postings: good.postings })],
  ];
}

describe('a refused file changes nothing', () => {
  for (const mode of MODES) {
    it(`${mode}: every kind, through the popup (read, confirm) and through the API`, async () => {
      db = await filled(60);
      const before = await read(db);
      const store = createBackupStore(async () => db, () => 2);
      for (const [kind, text] of await refusedFiles()) {
        await store.getState().readFile({ name: 'backup.json', size: text.length, text: async () => text });
        expect(store.getState().errors.length, kind).toBeGreaterThan(0);
        expect(await store.getState().confirm(mode), kind).toBe(false); // nothing is pending: nothing to confirm
        const parsed = parseBackup(text);
        expect(parsed.ok, kind).toBe(false);
        // A caller that skips parseBackup gets the same refusal from importBackup.
        let value: unknown = text;
        try {
          value = JSON.parse(text);
        } catch {
          // not JSON: passed as the text itself
        }
        await expect(importBackup(db, value as Backup, mode), kind).rejects.toThrow();
        expect(await read(db), kind).toStrictEqual(before);
      }
    });
  }

  it('a file larger than the limit is refused unread, and an unreadable file changes nothing', async () => {
    db = await filled(10);
    const before = await read(db);
    const store = createBackupStore(async () => db);
    await store.getState().readFile({ name: 'huge.json', size: MAX_BACKUP_CHARS + 1, text: async () => 'never read' });
    expect(store.getState().errors).toEqual(['The file is too large to be a Postfit backup']);
    await store.getState().readFile({ name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) });
    expect(store.getState().errors[0]).toMatch(/could not be read/);
    expect(await read(db)).toStrictEqual(before);
  });
});

describe('a write that fails part way changes nothing', () => {
  for (const mode of MODES) {
    // Writes: replace = 3 clears, profile, 40 postings, 3 settings; merge = profile, 40 postings, 1 new setting.
    for (const room of [0, 4, 25, 41]) {
      it(`${mode}: the disk fills after ${room} records of a valid 40-posting import`, async () => {
        db = await filled(60);
        const before = await read(db);
        const store = createBackupStore(async () => db, () => 2);
        const text = json(await otherBackup());
        await store.getState().readFile({ name: 'backup.json', size: text.length, text: async () => text });
        expect(store.getState().phase).toBe('choose');
        const full = diskFullAfter(room);
        await reopen(() => db.use(full)); // middlewares take effect when the database opens
        expect(await store.getState().confirm(mode)).toBe(false);
        expect(store.getState().message).toMatch(/no storage space left/);
        expect(full.written()).toBe(room);
        await reopen(() => db.unuse(full));
        expect(await read(db)).toStrictEqual(before);
      });
    }
  }

  it('merge: a merged profile over the limits is refused inside the transaction, postings untouched', async () => {
    db = await filled(60);
    const before = await read(db);
    const file = await otherBackup();
    file.profile!.skills = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, years: 1, level: 'working' as const }));
    await expect(importBackup(db, file, 'merge')).rejects.toThrow(/skills/);
    expect(await read(db)).toStrictEqual(before);
  });
});
