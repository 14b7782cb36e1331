// 10,000 random payloads x random senders through the background's one entry (what runtime.onMessage calls), over
// the real Dexie database (fake-indexeddb) and a session store: none throws, none is answered, and nothing is
// written or even read. Payloads: random values of every shape, valid messages broken by mutations, and valid
// messages from a sender kind that may not send them. Fixed seed: the same 10,000 cases every run.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbStoreDeps } from '../../lib/background/db-deps';
import { MESSAGE_SENDERS } from '../../lib/background/senders';
import { createBackground } from '../../lib/background/service';
import { saveProfile, setSetting, type PostfitDb } from '../../lib/db/index';
import { openTestDb, sampleProfile, snapshot } from '../db/helpers';
import { anySender, mutated, randomValue, validToBackground } from './arbitraries';
import { counting, fakeBrowserDeps, SENDERS, UNKNOWN_SENDERS, VALID } from './fixtures';

const SEED = 20_240_607;
const RUNS = 10_000;

/** Senders a valid message of this type must be dropped from: every other kind, and every unknown sender. */
function wrongSenders(type: keyof typeof MESSAGE_SENDERS): unknown[] {
  const kinds = MESSAGE_SENDERS[type] as readonly string[];
  const known = [
    { kind: 'extension-page', s: SENDERS.sidePanel },
    { kind: 'extension-page', s: SENDERS.popup },
    { kind: 'extension-page', s: SENDERS.pageInTab },
    { kind: 'content', s: SENDERS.content },
  ];
  return [...known.filter((k) => !kinds.includes(k.kind)).map((k) => k.s), ...Object.values(UNKNOWN_SENDERS)];
}

const cases = fc.oneof(
  fc.tuple(randomValue, anySender),
  fc.tuple(mutated(validToBackground), anySender),
  validToBackground.chain((m) => fc.tuple(fc.constant<unknown>(m), fc.constantFrom(...wrongSenders(m.type as keyof typeof MESSAGE_SENDERS)))),
);

describe('the background under 10,000 random messages', () => {
  let db: PostfitDb;
  let writes = 0;
  let before: unknown;
  const world = () => fakeBrowserDeps(dbStoreDeps(async () => db));

  beforeAll(async () => {
    db = await openTestDb();
    await saveProfile(db, sampleProfile(), 1);
    await setSetting(db, 'dismissedSites', ['linkedin.com']);
    for (const table of db.tables) {
      table.hook('creating', () => void writes++);
      table.hook('updating', () => void writes++);
      table.hook('deleting', () => void writes++);
    }
    before = await snapshot(db);
  });
  afterAll(() => db.close());

  it('throws for none, answers none, and calls into no dependency: no write to the database or the session', async () => {
    const { deps, session } = world();
    const counted = counting(deps);
    const bg = createBackground(counted);
    let n = 0;
    fc.assert(
      fc.property(cases, ([raw, sender]) => {
        n++;
        expect(bg.receive(raw, sender)).toBeUndefined();
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // A handler's first step is an await on a dependency, which the counters see when it is called: a few event-loop
    // turns (not a length of time) let any handler the fuzz had started reach one.
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(n).toBeGreaterThanOrEqual(RUNS);
    expect(counted.calls).toEqual([]);
    expect(writes).toBe(0);
    expect(session.size).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('does count writes: a real dismissal and a real save are seen by the same counters', async () => {
    const { deps, session } = world();
    const bg = createBackground(deps);
    expect(await bg.receive(VALID['overlay:dismiss'], SENDERS.content)).toEqual({ ok: true });
    expect(writes).toBe(1);
    await bg.receive(VALID['page:posting'], SENDERS.content);
    expect(session.size).toBe(1);
    expect(await bg.receive(VALID['posting:save'], SENDERS.sidePanel)).toMatchObject({ ok: true, created: true });
    expect(writes).toBeGreaterThan(1);
    expect(await snapshot(db)).not.toEqual(before);
  });
});
