// Every message type through the background's one entry (createBackground().receive, what the runtime.onMessage
// listener calls): acted on when valid from an allowed sender; dropped, with no call into any dependency, when its
// payload fails the schema or when any other kind of sender sends it.
import { describe, expect, it } from 'vitest';
import { MESSAGE_SENDERS } from '../../lib/background/senders';
import { createBackground } from '../../lib/background/service';
import type { ToBackgroundType } from '../../lib/messages';
import { BAD, badAlways, counting, fakeBrowserDeps, memoryStore, SENDERS, TYPES, UNKNOWN_SENDERS, VALID } from './fixtures';

const KNOWN_SENDERS = { 'extension-page': [SENDERS.sidePanel, SENDERS.popup, SENDERS.pageInTab], content: [SENDERS.content] };
const allowed = (type: ToBackgroundType) => MESSAGE_SENDERS[type] as readonly string[];

function background() {
  const deps = counting(fakeBrowserDeps(memoryStore()).deps);
  return { bg: createBackground(deps), calls: deps.calls };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe.each(TYPES)('%s', (type) => {
  const senders = Object.entries(KNOWN_SENDERS).flatMap(([kind, list]) => list.map((s) => ({ kind, s })));

  it('is acted on when valid and sent by an allowed sender', async () => {
    for (const { kind, s } of senders.filter((x) => allowed(type).includes(x.kind))) {
      const { bg, calls } = background();
      const answer = bg.receive(structuredClone(VALID[type]), s);
      expect(answer, kind).toBeInstanceOf(Promise);
      await answer;
      expect(calls.length, kind).toBeGreaterThan(0);
    }
  });

  it('is dropped with no call into deps when its payload fails the schema', async () => {
    const sender = senders.find((x) => allowed(type).includes(x.kind))!.s;
    const bad = [...BAD[type], ...badAlways(VALID[type])];
    const { bg, calls } = background();
    for (const raw of bad) expect(bg.receive(raw, sender), JSON.stringify(raw)?.slice(0, 200)).toBeUndefined();
    await flush();
    expect(calls).toEqual([]);
  });

  it('is dropped with no call into deps from every sender kind it does not expect', async () => {
    const wrong = [...senders.filter((x) => !allowed(type).includes(x.kind)), ...Object.entries(UNKNOWN_SENDERS).map(([kind, s]) => ({ kind, s }))];
    const { bg, calls } = background();
    for (const { kind, s } of wrong) expect(bg.receive(structuredClone(VALID[type]), s), kind).toBeUndefined();
    await flush();
    expect(calls).toEqual([]);
  });
});

describe('content messages about another page', () => {
  it('are dropped: a frame cannot speak for another origin or dismiss another site', async () => {
    const { bg, calls } = background();
    expect(bg.receive({ ...VALID['page:posting'], url: 'https://evil.example/jobs/1' }, SENDERS.content)).toBeUndefined();
    expect(bg.receive({ type: 'page:none', url: 'https://evil.example/' }, SENDERS.content)).toBeUndefined();
    expect(bg.receive({ type: 'overlay:dismiss', host: 'evil.example' }, SENDERS.content)).toBeUndefined();
    await flush();
    expect(calls).toEqual([]);
  });
});

describe('a handler that fails', () => {
  it('answers null instead of rejecting or throwing', async () => {
    const { deps } = fakeBrowserDeps({ ...memoryStore(), getDismissedSites: async () => Promise.reject(new Error('db closed')) });
    const bg = createBackground(deps);
    await expect(bg.receive(VALID['overlay:dismiss'], SENDERS.content)).resolves.toBeNull();
    const throwing = createBackground({ ...deps, openPanel: () => { throw new Error('no gesture'); } });
    await expect(throwing.receive(VALID['panel:open'], SENDERS.content)).resolves.toBeNull();
  });
});
