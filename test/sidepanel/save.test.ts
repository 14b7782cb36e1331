// The side panel's "Save posting" when the write fails or never answers: the button comes back, the panel says
// the posting was not saved and to try again, and trying again saves it exactly once. A save reported as timed
// out that lands later shows as saved.
import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { STATE } from '../helpers/state';
import type { PanelBus } from '../../components/sidepanel/bus';
import { createReportStore } from '../../components/sidepanel/stores/reportStore';
import { notSavedMessage, saveShown, SaveTimeoutError } from '../../components/sidepanel/stores/save';
import { openPostfitDb, StorageFullError, ValidationError, type PostfitDb } from '../../lib/db/index';
import type { TabEvaluation } from '../../lib/tab-evaluation';
import { freshIdb, postingRecord } from '../db/helpers';

const URL_ = 'https://jobs.example.com/p/7?utm_source=feed';
const EVALUATION: Extract<TabEvaluation, { status: 'posting' }> = {
  status: 'posting',
  tabId: 3,
  url: URL_,
  board: 'lever',
  record: postingRecord(7),
  text: 'We need TypeScript and PostgreSQL.',
  report: null,
  evaluatedAt: 1,
};

const bus: PanelBus = {
  activeTabId: async () => 3,
  getReport: async () => EVALUATION,
  send: async () => {},
  onTabChange: () => () => {},
};

/** A store on its own database, whose opening the test controls: 'ok', 'fail' (rejects), 'late' (when the test
 * calls release(), after the store has given up waiting). */
async function panel(saveTimeoutMs = 10_000) {
  const db = await openPostfitDb(`panel-save-${Math.random()}`, freshIdb(), IDBKeyRange);
  let release!: () => void;
  const late = new Promise<void>((r) => (release = r));
  const open = { mode: 'ok' as 'ok' | 'fail' | 'late', release };
  const openDb = (): Promise<PostfitDb> =>
    open.mode === 'fail' ? Promise.reject(new Error('Database has been closed.'))
    : open.mode === 'late' ? late.then(() => db)
    : Promise.resolve(db);
  const store = createReportStore(bus, openDb, () => Promise.reject(new Error('no graph in this test')), saveTimeoutMs);
  const stop = store.getState().start(3);
  await vi.waitFor(() => expect(store.getState().evaluation?.status).toBe('posting'), STATE);
  const copies = async () => (await db.postings.toArray()).filter((p) => p.url === 'https://jobs.example.com/p/7').length;
  return { store, open, copies, stop };
}

describe('saving from the panel', () => {
  it('says "not saved, try again" when the write fails, and the second click saves exactly once', async () => {
    const p = await panel();
    p.open.mode = 'fail';
    expect(await p.store.getState().save()).toBe(false);
    expect(p.store.getState()).toMatchObject({ saving: false, message: 'Not saved: Database has been closed. Try again.' });
    expect(await p.copies()).toBe(0);
    p.open.mode = 'ok';
    expect(await p.store.getState().save()).toBe(true);
    expect(await p.store.getState().save()).toBe(true);
    expect(await p.copies()).toBe(1);
    await vi.waitFor(() => expect(p.store.getState().saved).not.toBeNull(), STATE);
    expect(p.store.getState().message).toBeNull();
    p.stop();
  });

  it('gives the button back when the storage does not answer in time; the late write then shows as saved', async () => {
    const p = await panel(30);
    p.open.mode = 'late';
    expect(await p.store.getState().save()).toBe(false);
    expect(p.store.getState()).toMatchObject({ saving: false, message: 'Not saved: Postfit’s storage did not answer in time. Try again.' });
    p.open.release();
    await vi.waitFor(() => expect(p.store.getState().saved).not.toBeNull(), STATE);
    expect(p.store.getState().message).toBeNull();
    expect(await p.copies()).toBe(1);
    p.stop();
  });
});

describe('saveShown and its messages', () => {
  it('rejects with SaveTimeoutError when the database never opens', async () => {
    await expect(saveShown(() => new Promise(() => {}), EVALUATION, null, 10)).rejects.toBeInstanceOf(SaveTimeoutError);
  });

  it('keeps the storage-full message, lists validation issues, and otherwise says to try again', () => {
    const full = new StorageFullError();
    expect(notSavedMessage(full)).toBe(full.message);
    expect(notSavedMessage(new ValidationError(['title: too long']))).toBe('Not saved: title: too long');
    expect(notSavedMessage(new Error('The transaction was aborted.\n AbortError: The transaction was aborted.'))).toBe('Not saved: The transaction was aborted. Try again.');
    expect(notSavedMessage('boom')).toBe('Not saved: boom. Try again.');
  });
});
