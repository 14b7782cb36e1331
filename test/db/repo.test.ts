import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import type { PostfitDb } from '../../lib/db/database';
import { StorageFullError, isQuotaError } from '../../lib/db/errors';
import { ValidationError } from '../../lib/db/issues';
import { getProfile, getSetting, saveProfile, setSetting } from '../../lib/db/repo';
import {
  deletePosting, listPostings, restorePosting, savePosting, updatePosting,
} from '../../lib/db/postings';
import { emptyProfile } from '../../lib/profile/schema';
import { newPosting, openTestDb, sampleProfile } from './helpers';

let db: PostfitDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('profile and settings', () => {
  it('returns an empty profile before any save, then what was saved with updatedAt set', async () => {
    db = await openTestDb();
    expect(await getProfile(db)).toEqual(emptyProfile());
    const saved = await saveProfile(db, sampleProfile(), 1234);
    expect(saved.updatedAt).toBe(1234);
    expect(await getProfile(db)).toEqual({ ...sampleProfile(), updatedAt: 1234 });
  });

  it('refuses an invalid profile with a field-level message and keeps the stored one', async () => {
    db = await openTestDb();
    await saveProfile(db, sampleProfile(), 1);
    const bad = sampleProfile({ skills: [{ id: 'go', name: 'Go', years: 61, level: 'working' }] });
    const err = await saveProfile(db, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues[0]).toMatch(/^profile\.skills\[0\]\.years: /);
    expect(await getProfile(db)).toEqual({ ...sampleProfile(), updatedAt: 1 });
  });

  it('settings: default when unset, typed value after set, invalid value refused', async () => {
    db = await openTestDb();
    expect(await getSetting(db, 'dismissedSites')).toEqual([]);
    expect(await getSetting(db, 'onboardingDone')).toBe(false);
    await setSetting(db, 'dismissedSites', ['linkedin.com']);
    await setSetting(db, 'onboardingDone', true);
    expect(await getSetting(db, 'dismissedSites')).toEqual(['linkedin.com']);
    expect(await getSetting(db, 'onboardingDone')).toBe(true);
    await expect(setSetting(db, 'onboardingDone', 'yes' as unknown as boolean)).rejects.toThrow(ValidationError);
    expect(await getSetting(db, 'onboardingDone')).toBe(true);
  });
});

describe('postings', () => {
  it('saving the same url twice updates the record and never duplicates, keeping status and note', async () => {
    db = await openTestDb();
    const first = await savePosting(db, newPosting(1), 100);
    expect(first.created).toBe(true);
    await updatePosting(db, first.posting.id, { status: 'applied', note: 'called Tue' });
    // Same page reached with a fragment and a campaign tag: still the same posting.
    const again = await savePosting(db, newPosting(1, { url: 'https://jobs.example.com/p/1?utm_source=x#apply', score: 99 }), 200);
    expect(again.created).toBe(false);
    expect(again.posting).toMatchObject({ id: first.posting.id, savedAt: 100, status: 'applied', note: 'called Tue', score: 99 });
    expect(await db.postings.count()).toBe(1);
  });

  it('concurrent saves of one url produce a single record', async () => {
    db = await openTestDb();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => savePosting(db, newPosting(7, { score: i }))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.postings.count()).toBe(1);
  });

  it('the unique url index refuses a second record for one url even when the repo is bypassed', async () => {
    db = await openTestDb();
    const { posting } = await savePosting(db, newPosting(1));
    await expect(db.postings.add({ ...posting, id: 'other' })).rejects.toThrow(Dexie.ConstraintError);
  });

  it('lists newest first, by status, and by score with unscored last', async () => {
    db = await openTestDb();
    for (let i = 1; i <= 8; i++) await savePosting(db, newPosting(i), i);
    expect((await listPostings(db)).map((p) => p.savedAt)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    const byScore = await listPostings(db, { orderBy: 'score' });
    expect(byScore).toHaveLength(8);
    expect(byScore.map((p) => p.score)).toEqual([49, 42, 35, 21, 14, 7, null, null]);
    const p3 = byScore.find((p) => p.savedAt === 3)!;
    await updatePosting(db, p3.id, { status: 'interviewing' });
    expect((await listPostings(db, { status: 'interviewing' })).map((p) => p.id)).toEqual([p3.id]);
  });

  it('update validates, cannot change id/url/savedAt, and returns null for an unknown id', async () => {
    db = await openTestDb();
    const { posting } = await savePosting(db, newPosting(1), 5);
    await expect(updatePosting(db, posting.id, { status: 'hired' as never })).rejects.toThrow(ValidationError);
    const patched = await updatePosting(db, posting.id, { note: 'x', url: 'https://evil', savedAt: 0 } as never);
    expect(patched).toMatchObject({ id: posting.id, url: posting.url, savedAt: 5, note: 'x' });
    expect(await updatePosting(db, 'nope', { note: 'x' })).toBeNull();
  });

  it('delete then restore gives back the record exactly (undo)', async () => {
    db = await openTestDb();
    const { posting } = await savePosting(db, newPosting(1, { status: 'offer', note: 'yes!' }));
    const removed = await deletePosting(db, posting.id);
    expect(await db.postings.count()).toBe(0);
    // The url was saved again before undo: the restored record takes its place, no duplicate.
    await savePosting(db, newPosting(1));
    await restorePosting(db, removed!);
    expect(await db.postings.toArray()).toEqual([posting]);
    expect(await deletePosting(db, 'nope')).toBeNull();
  });
});

describe('storage full', () => {
  it('recognises quota errors in their various wrappers', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
    expect(isQuotaError(new Dexie.BulkError('bulk', { 3: quota() }))).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('a put failing for quota becomes StorageFullError and loses nothing stored', async () => {
    db = await openTestDb();
    await saveProfile(db, sampleProfile(), 1);
    const { posting } = await savePosting(db, newPosting(1));
    vi.spyOn(db.postings, 'put').mockRejectedValue(quota());
    vi.spyOn(db.profile, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quota()));

    const err = await savePosting(db, newPosting(2)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/no storage space left/);
    await expect(updatePosting(db, posting.id, { note: 'lost?' })).rejects.toThrow(StorageFullError);
    await expect(saveProfile(db, sampleProfile({ degree: 'phd' }))).rejects.toThrow(StorageFullError);

    vi.restoreAllMocks();
    expect(await db.postings.toArray()).toEqual([posting]);
    expect(await getProfile(db)).toEqual({ ...sampleProfile(), updatedAt: 1 });
  });

  it('other write errors are not reported as a full disk', async () => {
    db = await openTestDb();
    vi.spyOn(db.postings, 'put').mockRejectedValue(new Error('disk on fire'));
    await expect(savePosting(db, newPosting(1))).rejects.toThrow('disk on fire');
  });
});
