// A page whose send fails outright (the service worker stopped before it answered) is sent again, a bounded
// number of times, and only while it is still the page to show; an answer, even an empty one, is final.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERLAY_SELECTOR, shownKind } from '../../components/overlay/overlay';
import type { ContentMessage } from '../../lib/messages';
import { startContent, type ContentEnv } from '../../lib/content/runner';
import { parseHtmlFile } from '../../lib/page/node';

const HTML = readFileSync(join(__dirname, '../fixtures/pages/remotewlb/rackspace-sr-ml-engineer-gcp.html'), 'utf8');
const URL_ = 'https://www.remotewlb.com/apply/sr-machine-learning-engineer-gcp';
const SCORE = { kind: 'score', score: 64, verdict: 'partial', missingRequired: 1 };
const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

class NoObserver {
  observe() {}
  disconnect() {}
}

/** `answers` are played in order for page:posting sends: an Error is a failed send, anything else the answer. */
function env(answers: unknown[]) {
  const postings: ContentMessage[] = [];
  const waits: number[] = [];
  let stop = () => {};
  const e: ContentEnv = {
    mode: 'board',
    extension: { id: 'abc', baseUrl: 'chrome-extension://abc/' },
    doc: parseHtmlFile(HTML),
    win: new EventTarget(),
    MutationObserver: NoObserver as unknown as typeof MutationObserver,
    listen: () => {},
    setTimeout: (cb, ms) => (waits.push(ms), setTimeout(cb, ms)),
    clearTimeout: (id) => clearTimeout(id as number),
    onInvalidated: (cb) => void (stop = cb),
    now: () => 0,
    url: () => URL_,
    send: async (m) => {
      if (m.type !== 'page:posting') return null;
      postings.push(m);
      const a = answers.length > 1 ? answers.shift() : answers[0];
      if (a instanceof Error) throw a;
      return a;
    },
    onMessage: () => () => {},
  };
  return { env: e, postings, waits, invalidate: () => stop() };
}

// Fake timers: every wait the runner asks for passes at once, and whatever it started has run when this returns,
// however busy the machine is.
const settle = () => vi.runAllTimersAsync();
beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());
const kind = (doc: Document) => shownKind(doc.querySelector(OVERLAY_SELECTOR));

describe('sending the page again after a failed send', () => {
  it('shows the answer of the second try when the first send fails', async () => {
    const c = env([new Error(CLOSED), SCORE]);
    startContent(c.env);
    await settle();
    expect(c.postings).toHaveLength(2);
    expect(c.postings[1]).toEqual(c.postings[0]);
    expect(kind(c.env.doc)).toBe('score');
  });

  it('gives up after two more tries, waiting longer before the last', async () => {
    const c = env([new Error(CLOSED)]);
    startContent(c.env);
    await settle();
    expect(c.postings).toHaveLength(3);
    expect(c.waits.filter((ms) => ms > 250)).toEqual([300, 1500]);
    expect(kind(c.env.doc)).toBeNull();
  });

  it('does not send again when the background answered, even with nothing', async () => {
    const c = env([null]);
    startContent(c.env);
    await settle();
    expect(c.postings).toHaveLength(1);
  });

  it('stops trying once the extension is gone', async () => {
    const c = env([new Error(CLOSED)]);
    startContent(c.env);
    c.invalidate();
    await settle();
    expect(c.postings).toHaveLength(1);
    expect(kind(c.env.doc)).toBeNull();
  });

  it('stops trying for a job the page no longer shows', async () => {
    const c = env([new Error(CLOSED), new Error(CLOSED), SCORE]);
    const runner = startContent(c.env);
    c.env.doc.querySelector('h1')!.textContent = 'Another job';
    const ran = runner.run();
    await settle();
    await ran;
    // The first job's send failed once and was dropped for the newer one, which failed once and then got its answer.
    expect(c.postings.map((m) => m.type === 'page:posting' && m.page.header.title)).toEqual([
      'Sr Machine Learning Engineer (GCP)',
      'Another job',
      'Another job',
    ]);
    expect(kind(c.env.doc)).toBe('score');
  });
});
