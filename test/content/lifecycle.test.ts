// The content script's start and end around an extension update: a new script takes over the page from one that
// was cut off (its badge is removed, one badge remains), and a cut-off script shows nothing more, whatever
// answer arrives late.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_SELECTOR } from '../../components/overlay/overlay';
import { startContent, type ContentEnv } from '../../lib/content/runner';
import type { OverlayState } from '../../lib/messages';
import { parseHtmlFile } from '../../lib/page/node';

const HTML = readFileSync(join(__dirname, '../fixtures/pages/remotewlb/rackspace-sr-ml-engineer-gcp.html'), 'utf8');
const URL_ = 'https://www.remotewlb.com/apply/sr-machine-learning-engineer-gcp';
const SCORE: OverlayState = { kind: 'score', score: 80, verdict: 'strong', missingRequired: 0 };

class NoObserver {
  observe() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}

/** A content environment on a shared document: answers come from `answer`, invalidate() cuts the script off. */
function env(doc: Document, answer: () => Promise<unknown>) {
  const onGone: (() => void)[] = [];
  let listening = false;
  let handler: Parameters<ContentEnv['onMessage']>[0] | null = null;
  const e: ContentEnv = {
    mode: 'board',
    extension: { id: 'abc', baseUrl: 'chrome-extension://abc/' },
    doc,
    win: new EventTarget(),
    MutationObserver: NoObserver as unknown as typeof MutationObserver,
    listen: () => {},
    setTimeout: () => 0,
    clearTimeout: () => {},
    onInvalidated: (cb) => void onGone.push(cb),
    now: () => 0,
    url: () => URL_,
    send: (m) => (m.type === 'page:posting' ? answer() : Promise.resolve(null)),
    onMessage: (h) => {
      listening = true;
      handler = h;
      return () => (listening = false);
    },
  };
  const fromExtension = { id: 'abc', url: 'chrome-extension://abc/background.js' };
  /** What the script answers a message of the background, while it listens. */
  const hear = (msg: unknown, sender: unknown = fromExtension) => (listening ? handler!(msg, sender) : undefined);
  return { env: e, invalidate: () => onGone.forEach((f) => f()), listening: () => listening, hear };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const badges = (doc: Document) => [...doc.querySelectorAll(OVERLAY_SELECTOR)];

describe('a content script taking over from an earlier one', () => {
  it('removes a badge left behind, so the page shows only its own', async () => {
    const doc = parseHtmlFile(HTML);
    startContent(env(doc, async () => SCORE).env);
    await tick();
    const [old] = badges(doc);
    expect(old).toBeDefined();
    // The earlier script is cut off without noticing (no invalidation): its badge stays until the new one starts.
    startContent(env(doc, async () => ({ ...SCORE, score: 55, verdict: 'partial' })).env);
    expect(badges(doc)).toHaveLength(0);
    await tick();
    const now = badges(doc);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old);
  });

  it('once cut off, shows nothing for an answer that arrives late, and stops listening', async () => {
    const doc = parseHtmlFile(HTML);
    let resolve!: (s: OverlayState) => void;
    const c = env(doc, () => new Promise((r) => (resolve = r)));
    const runner = startContent(c.env);
    await tick();
    c.invalidate();
    expect(c.listening()).toBe(false);
    resolve(SCORE);
    await tick();
    expect(badges(doc)).toHaveLength(0);
    await runner.run(true);
    expect(badges(doc)).toHaveLength(0);
  });

  it('takes its badge away first when cut off, even if unsubscribing fails', async () => {
    const doc = parseHtmlFile(HTML);
    const c = env(doc, async () => SCORE);
    startContent({ ...c.env, onMessage: () => () => { throw new Error('Extension context invalidated.'); } });
    await tick();
    expect(badges(doc)).toHaveLength(1);
    expect(() => c.invalidate()).toThrow();
    expect(badges(doc)).toHaveLength(0);
  });

  it('two scripts of the same version on one page (installed while it loaded): the older retires, one badge stays', async () => {
    const doc = parseHtmlFile(HTML);
    let answerOld!: (s: OverlayState) => void;
    const older = env(doc, () => new Promise((r) => (answerOld = r)));
    const first = startContent(older.env);
    await tick();
    const newer = env(doc, async () => ({ ...SCORE, score: 55, verdict: 'partial' }));
    startContent(newer.env);
    await tick();
    expect(badges(doc)).toHaveLength(1);
    const mine = badges(doc)[0];
    answerOld(SCORE); // the older script's answer arrives after the newer one drew its badge
    await tick();
    expect(badges(doc)).toEqual([mine]);
    expect(older.listening()).toBe(false);
    expect(newer.listening()).toBe(true);
    await first.run(true); // and it sends nothing more
    expect(first.sent).toBe(1);
  });

  it('answers the background’s ping while it lives, so an install does not run a second copy beside it', async () => {
    const doc = parseHtmlFile(HTML);
    const c = env(doc, async () => SCORE);
    startContent(c.env);
    await tick();
    expect(await c.hear({ type: 'ping' })).toBe(true);
    expect(c.hear({ type: 'ping' }, { id: 'someone-else' })).toBeUndefined();
    c.invalidate();
    expect(c.hear({ type: 'ping' })).toBeUndefined();
  });
});
