// The content script's logic under linkedom: job-change detection (debounced, one observer, torn down on
// invalidation), sending the page and showing the answer, one overlay however many switches, nothing where no
// board applies, and the highlight of a sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_SELECTOR, shownKind } from '../../components/overlay/overlay';
import { overlayContent as describeState } from '../../lib/badge';
import type { ContentMessage, OverlayState } from '../../lib/messages';
import { findSentence } from '../../lib/content/highlight';
import { CONTENT_MATCHES } from '../../lib/content/matches';
import { isTracked, startContent, type ContentEnv } from '../../lib/content/runner';
import { watchPage, type WatchHost } from '../../lib/content/spa-watch';
import { parseHtmlFile } from '../../lib/page/node';

const ROOT = join(__dirname, '../..');
const HTML = readFileSync(join(ROOT, 'test/fixtures/pages/remotewlb/rackspace-sr-ml-engineer-gcp.html'), 'utf8');
const URL_ = 'https://www.remotewlb.com/apply/sr-machine-learning-engineer-gcp';

/** Timers, observers and listeners under the test's control, counting what is alive. */
function fakeHost(doc: Document) {
  const timers = new Map<number, () => void>();
  let nextId = 1;
  let now = 0;
  const observers: { cb: () => void; connected: boolean }[] = [];
  const listeners: { type: string; handler: () => void }[] = [];
  const invalidated: (() => void)[] = [];
  class FakeObserver {
    private rec: { cb: () => void; connected: boolean };
    constructor(cb: () => void) {
      this.rec = { cb, connected: false };
      observers.push(this.rec);
    }
    observe() {
      this.rec.connected = true;
    }
    disconnect() {
      this.rec.connected = false;
    }
    takeRecords() {
      return [];
    }
  }
  const win = new EventTarget();
  const host: WatchHost = {
    doc,
    win,
    MutationObserver: FakeObserver as unknown as typeof MutationObserver,
    listen: (_t, type, handler) => void listeners.push({ type, handler }),
    setTimeout: (cb, ms) => {
      const id = nextId++;
      timers.set(id, cb);
      void ms;
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
    onInvalidated: (cb) => void invalidated.push(cb),
    now: () => now,
  };
  return {
    host,
    timers,
    observers,
    listeners,
    advance(ms: number) {
      now += ms;
    },
    flush() {
      const all = [...timers.values()];
      timers.clear();
      all.forEach((f) => f());
    },
    mutate() {
      observers.filter((o) => o.connected).forEach((o) => o.cb());
    },
    locationChange() {
      listeners.filter((l) => l.type === 'wxt:locationchange').forEach((l) => l.handler());
    },
    invalidate() {
      invalidated.forEach((f) => f());
    },
  };
}

describe('watchPage', () => {
  it('turns a burst of changes into one call, with one observer and two listeners whatever happens', () => {
    const f = fakeHost(parseHtmlFile('<html><body><p>x</p></body></html>'));
    let calls = 0;
    watchPage(f.host, () => calls++);
    for (let i = 0; i < 50; i++) {
      f.mutate();
      f.locationChange();
    }
    expect(f.timers.size).toBe(1);
    f.flush();
    expect(calls).toBe(1);
    expect(f.observers).toHaveLength(1);
    expect(f.listeners.map((l) => l.type).sort()).toEqual(['popstate', 'wxt:locationchange']);
  });

  it('waits no longer than maxWait while the page keeps changing', () => {
    const f = fakeHost(parseHtmlFile('<html><body></body></html>'));
    const waits: number[] = [];
    const host = { ...f.host, setTimeout: (cb: () => void, ms: number) => (waits.push(ms), f.host.setTimeout(cb, ms)) };
    watchPage(host, () => {}, { quietMs: 200, maxWaitMs: 1000 });
    for (let i = 0; i < 7; i++) {
      f.mutate();
      f.advance(150);
    }
    expect(waits[0]).toBe(200);
    expect(waits.at(-1)).toBe(1000 - 6 * 150);
  });

  it('disconnects and clears its timer when the extension goes away', () => {
    const f = fakeHost(parseHtmlFile('<html><body></body></html>'));
    let calls = 0;
    watchPage(f.host, () => calls++);
    f.mutate();
    f.invalidate();
    expect(f.observers[0]!.connected).toBe(false);
    expect(f.timers.size).toBe(0);
    f.mutate();
    f.flush();
    expect(calls).toBe(0);
  });
});

function contentEnv(doc: Document, url: string, answer: (m: ContentMessage) => unknown = () => ({ kind: 'score', score: 80, verdict: 'strong', missingRequired: 0 })) {
  const f = fakeHost(doc);
  const sent: ContentMessage[] = [];
  let handler: ((raw: unknown, sender: unknown) => Promise<unknown> | undefined) | null = null;
  const state = { url };
  const env: ContentEnv = {
    ...f.host,
    mode: 'board',
    extension: { id: 'abc', baseUrl: 'chrome-extension://abc/' },
    url: () => state.url,
    send: async (m) => {
      sent.push(m);
      return answer(m);
    },
    onMessage: (h) => {
      handler = h;
      return () => (handler = null);
    },
  };
  return { f, env, sent, state, message: (raw: unknown, sender: unknown = { id: 'abc' }) => handler?.(raw, sender), hasHandler: () => handler !== null };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const overlays = (doc: Document) => doc.querySelectorAll(OVERLAY_SELECTOR).length;

describe('the content runner', () => {
  it('sends the posting and shows the answer in one overlay, outside the page body', async () => {
    const doc = parseHtmlFile(HTML);
    const c = contentEnv(doc, URL_);
    startContent(c.env);
    await tick();
    expect(c.sent).toHaveLength(1);
    const m = c.sent[0]!;
    expect(m.type).toBe('page:posting');
    if (m.type === 'page:posting') expect(m.page.header.title).toBe('Sr Machine Learning Engineer (GCP)');
    const host = doc.querySelector(OVERLAY_SELECTOR)!;
    expect(shownKind(host)).toBe('score');
    expect(host.parentElement).toBe(doc.documentElement);
    expect(doc.body.contains(host)).toBe(false);
  });

  it('after 20 job switches: sent once per job, one overlay, no new observers or listeners', async () => {
    const doc = parseHtmlFile(HTML);
    const c = contentEnv(doc, URL_);
    startContent(c.env);
    await tick();
    const listeners = c.f.listeners.length;
    for (let n = 1; n <= 20; n++) {
      c.state.url = `https://www.remotewlb.com/apply/job-${n}`;
      doc.querySelector('h1')!.textContent = `Job number ${n}`;
      c.f.locationChange();
      c.f.mutate();
      c.f.flush();
      await tick();
    }
    expect(c.sent).toHaveLength(21);
    const last = c.sent.at(-1)!;
    expect(last.type === 'page:posting' && last.page.header.title).toBe('Job number 20');
    expect(overlays(doc)).toBe(1);
    expect(c.f.observers).toHaveLength(1);
    expect(c.f.listeners.length).toBe(listeners);
    // Nothing changed: nothing is sent.
    c.f.mutate();
    c.f.flush();
    await tick();
    expect(c.sent).toHaveLength(21);
  });

  it('ignores an answer that arrives after a newer job was sent', async () => {
    const doc = parseHtmlFile(HTML);
    const resolvers: ((s: OverlayState) => void)[] = [];
    const c = contentEnv(doc, URL_, () => new Promise((r) => resolvers.push(r)));
    const runner = startContent(c.env);
    await tick();
    doc.querySelector('h1')!.textContent = 'Another job';
    const second = runner.run();
    await tick();
    resolvers[1]!({ kind: 'thin' });
    await second;
    resolvers[0]!({ kind: 'score', score: 10, verdict: 'weak', missingRequired: 3 });
    await tick();
    expect(shownKind(doc.querySelector(OVERLAY_SELECTOR))).toBe('thin');
  });

  it('stays idle where no board adapter applies, and sends page:none where nothing is a posting', async () => {
    const idle = contentEnv(parseHtmlFile(HTML), 'https://www.linkedin.com/feed/');
    startContent(idle.env);
    await tick();
    expect(idle.sent).toHaveLength(0);
    const none = contentEnv(parseHtmlFile('<html><body><p>Hello</p></body></html>'), 'https://jobs.lever.co/acme');
    startContent(none.env);
    await tick();
    expect(none.sent).toEqual([{ type: 'page:none', url: 'https://jobs.lever.co/acme' }]);
    expect(overlays(none.env.doc)).toBe(0);
  });

  it('shows nothing when the site was dismissed, and removes everything when invalidated', async () => {
    const dismissed = contentEnv(parseHtmlFile(HTML), URL_, () => ({ kind: 'dismissed' }));
    startContent(dismissed.env);
    await tick();
    expect(overlays(dismissed.env.doc)).toBe(0);

    const c = contentEnv(parseHtmlFile(HTML), URL_);
    startContent(c.env);
    await tick();
    expect(overlays(c.env.doc)).toBe(1);
    c.f.invalidate();
    expect(overlays(c.env.doc)).toBe(0);
    expect(c.hasHandler()).toBe(false);
    expect(c.f.observers[0]!.connected).toBe(false);
  });

  it('sends the page again on reevaluate, and refuses unknown messages', async () => {
    const c = contentEnv(parseHtmlFile(HTML), URL_);
    startContent(c.env);
    await tick();
    expect(c.message({ type: 'bogus' })).toBeUndefined();
    expect(await c.message({ type: 'reevaluate' })).toBe(true);
    expect(c.sent.filter((m) => m.type === 'page:posting')).toHaveLength(2);
  });
});

describe('overlay words', () => {
  it('names every state', () => {
    expect(describeState({ kind: 'score', score: 72, verdict: 'strong', missingRequired: 1 })).toMatchObject({ badge: '72', word: 'Strong fit' });
    expect(describeState({ kind: 'score', score: 50, verdict: 'partial', missingRequired: 0 })!.word).toBe('Partial fit');
    expect(describeState({ kind: 'score', score: 10, verdict: 'weak', missingRequired: 2 })!.label).toContain('2 required skills missing');
    expect(describeState({ kind: 'no-profile' })!.word).toBe('Set up your profile');
    expect(describeState({ kind: 'thin' })!.word).toBe('Too few requirements found');
    expect(describeState({ kind: 'dismissed' })).toBeNull();
  });

  it('never parses page text as HTML', async () => {
    const overlaySource = readFileSync(join(ROOT, 'components/overlay/overlay.ts'), 'utf8');
    const runnerSource = readFileSync(join(ROOT, 'lib/content/runner.ts'), 'utf8');
    for (const src of [overlaySource, runnerSource]) expect(src).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('highlight', () => {
  it('finds a sentence across elements and whitespace, or its start', () => {
    const doc = parseHtmlFile('<html><body><ul><li>Strong programming   abilities in <b>Java</b> and Python.</li></ul></body></html>');
    const f = findSentence(doc, '- Strong programming abilities in Java and Python.')!;
    expect([f.start.node.data.slice(f.start.offset), f.end.node.data.slice(0, f.end.offset)]).toEqual(['Strong programming   abilities in ', ' and Python.']);
    expect(findSentence(doc, 'Strong programming abilities in Java and Python, plus a sentence the page does not have at all')).not.toBeNull();
    expect(findSentence(doc, 'Nothing like this')).toBeNull();
  });
});

describe('content script matches', () => {
  it('are boards only, never all URLs', () => {
    expect(CONTENT_MATCHES).not.toContain('<all_urls>');
    for (const m of CONTENT_MATCHES) expect(m).toMatch(/^https:\/\/[a-z*][a-z0-9.-]*\.[a-z]+\//);
  });
  it('cover the fixtures’ addresses, which the runner tracks', () => {
    for (const url of [URL_, 'https://www.linkedin.com/jobs/view/123', 'https://www.linkedin.com/jobs/search/?currentJobId=1', 'https://uk.indeed.com/viewjob?jk=1', 'https://job-boards.greenhouse.io/gitlab/jobs/1', 'https://nvidia.wd5.myworkdayjobs.com/x/job/1', 'https://news.ycombinator.com/item?id=1']) {
      expect(isTracked(url)).toBe(true);
    }
    expect(isTracked('https://www.linkedin.com/feed/')).toBe(false);
  });
});
