// The content script's listener for background → content messages (lib/content/runner.ts), on a fake document:
// only the extension itself is listened to (our id, no tab), every payload is parsed, and the listener never
// throws. 10,000 random payloads x senders, fixed seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startContent, type ContentEnv } from '../../lib/content/runner';
import type { ContentMessage } from '../../lib/messages';
import { isFromExtension } from '../../lib/messages';
import { parseHtmlFile } from '../../lib/page/node';
import { anySender, mutated, randomValue, validToContent } from './arbitraries';
import { SELF, SENDERS, UNKNOWN_SENDERS } from './fixtures';

const SEED = 20_240_608;
const RUNS = 10_000;
const URL_ = 'https://example.com/jobs/1';
const HTML = '<html><head><title>Engineer</title></head><body><h1>Engineer</h1><h2>Requirements</h2><ul><li>You know TypeScript.</li><li>PostgreSQL</li></ul></body></html>';
const BACKGROUND = { id: SELF.id, url: `${SELF.baseUrl}background.js` };

type Handler = (raw: unknown, sender: unknown) => Promise<unknown> | undefined;

function fakeContent() {
  const doc = parseHtmlFile(HTML);
  const sent: ContentMessage[] = [];
  let handler: Handler | null = null;
  const env: ContentEnv = {
    doc,
    win: new EventTarget(),
    MutationObserver: class {
      observe() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    } as unknown as typeof MutationObserver,
    listen: () => {},
    setTimeout: () => 0,
    clearTimeout: () => {},
    onInvalidated: () => {},
    now: () => 0,
    mode: 'on-demand',
    extension: SELF,
    url: () => URL_,
    send: async (m) => {
      sent.push(m);
      return { kind: 'thin' };
    },
    onMessage: (h) => {
      handler = h;
      return () => (handler = null);
    },
  };
  startContent(env);
  return { doc, sent, receive: (raw: unknown, sender: unknown) => handler!(raw, sender) };
}

/** Senders that are not the extension: every content-script-like sender has a tab, others another id or none. */
const NOT_EXTENSION = [SENDERS.content, SENDERS.pageInTab, ...Object.values(UNKNOWN_SENDERS)];

describe('isFromExtension', () => {
  it('accepts our id without a tab, and nothing else', () => {
    expect(isFromExtension(BACKGROUND, SELF)).toBe(true);
    expect(isFromExtension(SENDERS.sidePanel, SELF)).toBe(true);
    for (const s of NOT_EXTENSION) expect(isFromExtension(s, SELF)).toBe(false);
    expect(isFromExtension({ id: '' }, { id: '', baseUrl: SELF.baseUrl })).toBe(false);
  });
});

describe('the content listener', () => {
  it('acts on the background’s messages', async () => {
    const c = fakeContent();
    await new Promise((r) => setTimeout(r, 0));
    const before = c.sent.length;
    expect(await c.receive({ type: 'reevaluate' }, BACKGROUND)).toBe(true);
    expect(c.sent.length).toBe(before + 1);
    expect(await c.receive({ type: 'highlight', sentence: 'Nothing like it' }, BACKGROUND)).toBe(false);
  });

  it('ignores the same messages from anyone else', () => {
    const c = fakeContent();
    const before = c.sent.length;
    for (const s of NOT_EXTENSION) {
      expect(c.receive({ type: 'reevaluate' }, s)).toBeUndefined();
      expect(c.receive({ type: 'highlight', sentence: 'You know TypeScript.' }, s)).toBeUndefined();
    }
    expect(c.sent.length).toBe(before);
  });

  it('under 10,000 random payloads and senders: never throws, drops all but valid messages from the extension', async () => {
    const c = fakeContent();
    await new Promise((r) => setTimeout(r, 0));
    const html = String(c.doc.documentElement); // linkedom serialises a node as its markup
    const answers: Promise<unknown>[] = [];
    const cases = fc.oneof(
      { weight: 3, arbitrary: fc.tuple(fc.oneof(randomValue, mutated(validToContent)), anySender, fc.constant(true)) },
      { weight: 2, arbitrary: fc.tuple(validToContent, fc.constantFrom<unknown>(...NOT_EXTENSION), fc.constant(true)) },
      { weight: 1, arbitrary: fc.tuple(validToContent, fc.constant<unknown>(BACKGROUND), fc.constant(false)) },
    );
    let dropped = 0;
    fc.assert(
      fc.property(cases, ([raw, sender, drop]) => {
        const sent = c.sent.length;
        const answer = c.receive(raw, sender);
        if (drop) {
          dropped++;
          expect(answer).toBeUndefined();
          expect(c.sent.length).toBe(sent);
        } else {
          expect(answer).toBeInstanceOf(Promise);
          answers.push(answer!);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(dropped).toBeGreaterThan(RUNS / 2);
    expect(String(c.doc.documentElement)).toBe(html); // before any answer to a reevaluate has come back
    const settled = await Promise.allSettled(answers);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    for (const s of settled) expect(typeof (s as PromiseFulfilledResult<unknown>).value).toBe('boolean');
  });
});
