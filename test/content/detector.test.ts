// The opt-in every-site detector (runner mode 'detector') under linkedom: on a page that is not a posting it sends
// nothing and draws nothing, however often the page changes; on a JSON-LD posting or a job address with a
// posting's sections it behaves like the board script; when the user asks (reevaluate) it reads any page.
import { describe, expect, it } from 'vitest';
import type { ContentMessage } from '../../lib/messages';
import { startContent, type ContentEnv } from '../../lib/content/runner';
import { hasPostingSignals } from '../../lib/content/signals';
import { parseHtmlFile } from '../../lib/page/node';

const SELF = { id: 'abc', baseUrl: 'chrome-extension://abc/' };
const REQS = '<h2>Requirements</h2><ul><li>5+ years of experience with Go</li><li>Experience with PostgreSQL</li><li>Kubernetes in production</li></ul><h2>Benefits</h2><ul><li>Full-time, remote</li><li>Salary 90k</li></ul><p>Apply now to join the team.</p>';
const LONG = '<p>' + 'You will design, build and run the services behind our product together with a small team. '.repeat(4) + '</p>';
const doc = (body: string, head = '') => parseHtmlFile(`<!doctype html><html><head><title>Page</title>${head}</head><body>${body}</body></html>`);
const jobLd = (extra = {}) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Backend Engineer', description: LONG + REQS, hiringOrganization: { name: 'Acme' }, ...extra })}</script>`;

/** A detector on `d` at `url`, with timers, observers and messages under the test's control. */
function detector(d: Document, url: string) {
  const timers = new Map<number, () => void>();
  let next = 1;
  const observers: (() => void)[] = [];
  const sent: ContentMessage[] = [];
  let onMsg: ((raw: unknown, sender: unknown) => Promise<unknown> | undefined) | null = null;
  class Observer {
    constructor(private cb: () => void) {}
    observe() {
      observers.push(this.cb);
    }
    disconnect() {}
    takeRecords() {
      return [];
    }
  }
  const env: ContentEnv = {
    mode: 'detector',
    doc: d,
    win: new EventTarget(),
    MutationObserver: Observer as unknown as typeof MutationObserver,
    listen: () => {},
    setTimeout: (cb) => (timers.set(next, cb), next++),
    clearTimeout: (id) => void timers.delete(id as number),
    onInvalidated: () => {},
    now: () => 0,
    extension: SELF,
    url: () => url,
    send: async (m) => {
      sent.push(m);
      return m.type === 'page:posting' ? { kind: 'score', score: 70, verdict: 'strong', missingRequired: 0 } : null;
    },
    onMessage: (h) => ((onMsg = h), () => {}),
  };
  const runner = startContent(env);
  return {
    runner,
    sent,
    /** The page changes (a single-page app), and the watcher's timer fires. */
    change() {
      observers.forEach((cb) => cb());
      const all = [...timers.values()];
      timers.clear();
      all.forEach((f) => f());
    },
    ask: () => onMsg!({ type: 'reevaluate' }, { id: SELF.id, url: `${SELF.baseUrl}background.js` }),
  };
}

/** Lets the promise chains started so far finish (no clock involved: one macrotask turn). */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the every-site detector', () => {
  it('is silent on a page that is not a posting: nothing sent, no badge, even as the page changes', async () => {
    const d = doc(`<main><h1>Ten ways to cook rice</h1>${LONG}<ul><li>Rinse</li><li>Boil</li><li>Rest</li></ul></main>`);
    const t = detector(d, 'https://blog.example.org/rice');
    await settle();
    for (let i = 0; i < 5; i++) t.change();
    await settle();
    expect(t.sent).toEqual([]);
    expect(t.runner.sent).toBe(0);
    expect(d.body.children).toHaveLength(1); // the page's <main> alone: no badge host was added
  });

  it('is silent on a job address whose page does not read as a posting (a job list)', async () => {
    const list = Array.from({ length: 8 }, (_, i) => `<li><a href="/jobs/${i}">Engineer ${i}</a></li>`).join('');
    const t = detector(doc(`<main><h1>Open positions</h1><ul>${list}</ul></main>`), 'https://acme.example/careers');
    await settle();
    expect(t.sent).toEqual([]);
  });

  it('sends a page carrying a schema.org JobPosting', async () => {
    const d = doc('<main><h1>Backend Engineer</h1><p>Apply below.</p></main>', jobLd());
    const t = detector(d, 'https://www.acme.example/about/team-7');
    await settle();
    expect(t.sent.map((m) => m.type)).toEqual(['page:posting']);
    expect(t.sent[0]).toMatchObject({ page: { source: 'jsonld', header: { title: 'Backend Engineer', company: 'Acme' } } });
  });

  it('sends a job address whose page has a posting’s sections, without JSON-LD', async () => {
    const t = detector(doc(`<main><h1>Backend Engineer</h1>${LONG}${REQS}</main>`, '<title>Backend Engineer - Careers at Acme</title>'), 'https://acme.example/careers/backend-engineer');
    await settle();
    expect(t.sent.map((m) => m.type)).toEqual(['page:posting']);
  });

  it('tells the background once the posting it showed is gone (a single-page app moved on)', async () => {
    const d = doc('<main><h1>Backend Engineer</h1></main>', jobLd());
    const t = detector(d, 'https://www.acme.example/x');
    await settle();
    d.querySelector('script[type="application/ld+json"]')!.remove();
    t.change();
    await settle();
    expect(t.sent.map((m) => m.type)).toEqual(['page:posting', 'page:none']);
    t.change();
    await settle();
    expect(t.sent).toHaveLength(2);
  });

  it('reads any page when the user asks, and says when it is not a posting', async () => {
    const t = detector(doc(`<main><h1>Ten ways to cook rice</h1>${LONG}</main>`), 'https://blog.example.org/rice');
    await settle();
    expect(await t.ask()).toBe(true);
    expect(t.sent.map((m) => m.type)).toEqual(['page:none']);
  });
});

describe('hasPostingSignals', () => {
  it('JSON-LD JobPosting, as a single type, in a type list, with a schema.org IRI, or inside @graph', () => {
    expect(hasPostingSignals(doc('', jobLd()), 'https://a.example/')).toBe(true);
    const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(hasPostingSignals(doc('', ld({ '@type': ['Thing', 'JobPosting'] })), 'https://a.example/')).toBe(true);
    expect(hasPostingSignals(doc('', ld({ '@type': 'https://schema.org/JobPosting' })), 'https://a.example/')).toBe(true);
    expect(hasPostingSignals(doc('', ld({ '@graph': [{ '@type': 'Organization' }, { '@type': 'JobPosting' }] })), 'https://a.example/')).toBe(true);
  });
  it('microdata, and job addresses', () => {
    expect(hasPostingSignals(doc('<div itemscope itemtype="https://schema.org/JobPosting"></div>'), 'https://a.example/')).toBe(true);
    for (const path of ['/jobs/123', '/careers/backend', '/en/positions/7', '/stellenangebote/x', '/apply?id=4'])
      expect(hasPostingSignals(doc('<p>x</p>'), `https://a.example${path}`), path).toBe(true);
  });
  it('nothing for ordinary pages, other JSON-LD, or the word in text', () => {
    const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(hasPostingSignals(doc('<p>We post JobPosting markup for clients.</p>', ld({ '@type': 'Article', headline: 'What a JobPosting is' })), 'https://blog.example/seo')).toBe(false);
    expect(hasPostingSignals(doc('<p>x</p>'), 'https://a.example/blog/jobsite-news')).toBe(false);
    expect(hasPostingSignals(doc('<p>x</p>'), 'not a url')).toBe(false);
  });
});
