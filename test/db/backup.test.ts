import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PostfitDb } from '../../lib/db/database';
import { exportAll, importBackup, parseBackup, type Backup } from '../../lib/db/backup';
import { StorageFullError } from '../../lib/db/errors';
import { ValidationError } from '../../lib/db/issues';
import { savePosting } from '../../lib/db/postings';
import { filled, newPosting, snapshot } from './helpers';

let db: PostfitDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

describe('export → wipe → import(replace)', () => {
  it('gives back exactly what was there, through JSON text', async () => {
    db = await filled();
    const before = await snapshot(db);
    const text = JSON.stringify(await exportAll(db, 777));
    await db.delete();
    await db.open();
    expect((await snapshot(db)).postings).toEqual([]);

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.data.exportedAt).toBe(777);
    await importBackup(db, parsed.data, 'replace');
    expect(await snapshot(db)).toEqual(before);
  });

  it('replace removes what the file does not contain', async () => {
    db = await filled(5);
    const file = await exportAll(db);
    await savePosting(db, newPosting(999));
    await importBackup(db, file, 'replace');
    expect(await db.postings.count()).toBe(5);
  });
});

describe('bad imports change nothing and say why', () => {
  async function expectRejected(input: unknown, pattern: RegExp) {
    const before = await snapshot(db);
    const r = parseBackup(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(pattern);
    // Even when a caller skips parseBackup, importBackup refuses the same data without writing.
    await expect(importBackup(db, input as Backup, 'replace')).rejects.toThrow(ValidationError);
    expect(await snapshot(db)).toEqual(before);
  }

  it('malformed JSON', async () => {
    db = await filled(3);
    expect(parseBackup('{"format": "postfit-backup", ')).toEqual({ ok: false, errors: [expect.stringMatching(/^not valid JSON/)] });
  });

  it('wrong or missing format tag, future version', async () => {
    db = await filled(3);
    await expectRejected({ format: 'other-app', version: 1 }, /not a Postfit backup/);
    await expectRejected([1, 2], /not a Postfit backup/);
    await expectRejected(null, /not a Postfit backup/);
    await expectRejected({ ...(await exportAll(db)), version: 2 }, /newer Postfit/);
  });

  it('one bad record among many is named with its index and field', async () => {
    db = await filled(50);
    const file = structuredClone(await exportAll(db)) as unknown as { postings: Record<string, unknown>[] };
    file.postings[12]!.status = 'hired';
    await expectRejected(file, /^postings\[12\]\.status: expected one of saved\|applied\|interviewing\|offer\|rejected\|ghosted$/m);
    const r = parseBackup(file);
    expect(!r.ok && r.errors).toHaveLength(1);
  });

  it('missing fields, nested record errors and duplicates', async () => {
    db = await filled(20);
    const file = structuredClone(await exportAll(db)) as unknown as Backup;
    delete (file.postings[3] as Partial<Backup['postings'][number]>).text;
    (file.postings[4]!.record as { minYears: unknown }).minYears = -1;
    file.postings[5]!.url = file.postings[1]!.url;
    const r = parseBackup(file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      'postings[3].text: missing (expected string)',
      expect.stringMatching(/^postings\[4\]\.record\.minYears: /),
      'postings[5].url: same url as postings[1]',
    ]);
    await expectRejected(file, /postings\[3\]\.text/);
  });

  it('oversized strings and arrays are refused before anything is written', async () => {
    db = await filled(3);
    const file = structuredClone(await exportAll(db));
    file.postings[0]!.text = 'x'.repeat(1_000_001);
    await expectRejected(file, /^postings\[0\]\.text: expected string to have <=1000000 characters/m);
    const huge = structuredClone(await exportAll(db));
    huge.profile!.skills = Array.from({ length: 2001 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, years: 1, level: 'working' as const }));
    await expectRejected(huge, /^profile\.skills: expected array to have <=2000 items/m);
    const longName = structuredClone(await exportAll(db));
    longName.profile!.skills[0]!.name = 'n'.repeat(201);
    await expectRejected(longName, /^profile\.skills\[0\]\.name: /m);
  });

  it('a quota failure half way through a replace rolls back the wipe', async () => {
    db = await filled(30);
    const before = await snapshot(db);
    const file = await exportAll(db);
    file.postings = file.postings.slice(0, 2);
    vi.spyOn(db.postings, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(importBackup(db, file, 'replace')).rejects.toThrow(StorageFullError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});
