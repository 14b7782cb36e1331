// Shared by the background's message tests: the extension's identity, one valid message of every type, payloads
// each type must refuse, senders of every kind, and deps that count every call made into them.
import type { BackgroundDeps, ExtensionIdentity } from '../../lib/background/deps';
import { MESSAGE_SENDERS } from '../../lib/background/senders';
import { taxonomyGraph } from '../../lib/fit/taxonomy-graph';
import type { ToBackgroundMessage, ToBackgroundType } from '../../lib/messages';

export const SELF: ExtensionIdentity = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
export const WEB_URL = 'https://www.remotewlb.com/apply/sr-engineer';
export const TYPES = Object.keys(MESSAGE_SENDERS) as ToBackgroundType[];

export const PAGE = {
  text: 'Engineer\n\n## Requirements\n- TypeScript\n- PostgreSQL\n- Kubernetes',
  header: { title: 'Engineer', company: 'Acme', salaryText: null, locationText: null },
  source: 'board',
  board: 'remotewlb',
} as const;

export const VALID: { [T in ToBackgroundType]: Extract<ToBackgroundMessage, { type: T }> } = {
  'page:posting': { type: 'page:posting', url: WEB_URL, page: { ...PAGE, header: { ...PAGE.header } } },
  'page:none': { type: 'page:none', url: WEB_URL },
  'panel:open': { type: 'panel:open' },
  'overlay:dismiss': { type: 'overlay:dismiss', host: 'remotewlb.com' },
  'report:get': { type: 'report:get', tabId: 7 },
  // 'selection': answered at once (the 'page' variant waits for the page to send itself).
  'tab:evaluate': { type: 'tab:evaluate', tabId: 7, what: 'selection' },
  'posting:save': { type: 'posting:save', tabId: 7 },
  'page:highlight': { type: 'page:highlight', tabId: 7, sentence: 'You know TypeScript.' },
};

const long = (n: number) => 'x'.repeat(n);
/** An own, enumerable key that object literals would turn into a prototype instead. */
const withOwn = (o: object, key: string, value: unknown) => Object.defineProperty({ ...o }, key, { value, enumerable: true, configurable: true, writable: true });
const BAD_TAB_IDS = [-1, 1.5, NaN, Infinity, -Infinity, -0, 2 ** 53, '7', null, undefined, {}];

function badTabIds<T extends { tabId: number }>(m: T): unknown[] {
  return BAD_TAB_IDS.map((tabId) => ({ ...m, tabId }));
}

/** Payloads every type refuses whatever its schema: not an object of the protocol at all. */
export function badAlways(m: ToBackgroundMessage): unknown[] {
  const withoutType: Record<string, unknown> = { ...m };
  delete withoutType.type;
  return [
    null,
    undefined,
    m.type,
    JSON.stringify(m),
    [m],
    { message: m },
    withoutType,
    { ...m, type: m.type.toUpperCase() },
    { ...m, type: `${m.type} ` },
    { ...m, extra: 1 },
    JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(m).slice(1)}`),
    withOwn(m, 'constructor', { prototype: { polluted: true } }),
    withOwn(m, 'prototype', {}),
  ];
}

/** Payloads of each type that break one field. */
export const BAD: { [T in ToBackgroundType]: unknown[] } = {
  'page:posting': [
    { type: 'page:posting', url: WEB_URL },
    { ...VALID['page:posting'], url: 5 },
    { ...VALID['page:posting'], url: long(4097) },
    { ...VALID['page:posting'], page: { ...PAGE, text: long(400_001) } },
    { ...VALID['page:posting'], page: { ...PAGE, text: 5 } },
    { ...VALID['page:posting'], page: { ...PAGE, source: 'evil' } },
    { ...VALID['page:posting'], page: { ...PAGE, board: long(41) } },
    { ...VALID['page:posting'], page: { ...PAGE, header: { ...PAGE.header, title: long(501) } } },
    { ...VALID['page:posting'], page: { ...PAGE, header: { ...PAGE.header, extra: 'x' } } },
    { ...VALID['page:posting'], page: { ...PAGE, header: undefined } },
    { ...VALID['page:posting'], page: withOwn(PAGE, '__proto__', { polluted: true }) },
  ],
  'page:none': [{ type: 'page:none' }, { type: 'page:none', url: null }, { type: 'page:none', url: long(4097) }, { type: 'page:none', url: [WEB_URL] }],
  'panel:open': [{ type: 'panel:open', tabId: 3 }, { type: 'panel:open', url: WEB_URL }],
  'overlay:dismiss': [{ type: 'overlay:dismiss' }, { type: 'overlay:dismiss', host: long(256) }, { type: 'overlay:dismiss', host: 7 }, { type: 'overlay:dismiss', host: ['remotewlb.com'] }],
  'report:get': badTabIds(VALID['report:get']),
  'tab:evaluate': [...badTabIds(VALID['tab:evaluate']), { ...VALID['tab:evaluate'], what: 'all' }, { ...VALID['tab:evaluate'], what: undefined }],
  'posting:save': [...badTabIds(VALID['posting:save']), { type: 'posting:save', tabId: 7, url: WEB_URL }],
  'page:highlight': [...badTabIds(VALID['page:highlight']), { ...VALID['page:highlight'], sentence: long(5001) }, { ...VALID['page:highlight'], sentence: null }],
};

/** Senders as Chrome describes them. */
export const SENDERS = {
  sidePanel: { id: SELF.id, url: `${SELF.baseUrl}sidepanel.html`, origin: SELF.baseUrl.slice(0, -1) },
  popup: { id: SELF.id, url: `${SELF.baseUrl}popup.html` },
  pageInTab: { id: SELF.id, url: `${SELF.baseUrl}sidepanel.html?tabId=7`, tab: { id: 3 }, frameId: 0 },
  content: { id: SELF.id, url: WEB_URL, origin: 'https://www.remotewlb.com', tab: { id: 7 }, frameId: 0 },
} as const;

/** Senders that are none of the extension's contexts, or are one in a place it never runs. */
export const UNKNOWN_SENDERS: Record<string, unknown> = {
  none: undefined,
  null: null,
  string: SELF.id,
  noId: { url: WEB_URL, tab: { id: 7 }, frameId: 0 },
  otherExtension: { ...SENDERS.sidePanel, id: 'zyxwvutsrqponmlk', url: 'chrome-extension://zyxwvutsrqponmlk/x.html' },
  otherExtensionSameId: { ...SENDERS.sidePanel, url: 'chrome-extension://zyxwvutsrqponmlk/x.html' },
  idPrefix: { ...SENDERS.popup, url: `chrome-extension://${SELF.id}x/popup.html` },
  pageInSubFrame: { ...SENDERS.pageInTab, frameId: 2 },
  pageWrongOrigin: { ...SENDERS.sidePanel, origin: 'https://evil.example' },
  contentSubFrame: { ...SENDERS.content, frameId: 1 },
  contentNoFrameId: { id: SELF.id, url: WEB_URL, tab: { id: 7 } },
  contentNoTab: { id: SELF.id, url: WEB_URL, frameId: 0 },
  contentNoTabId: { ...SENDERS.content, tab: {} },
  contentTabNone: { ...SENDERS.content, tab: { id: -1 } },
  contentTabNaN: { ...SENDERS.content, tab: { id: NaN } },
  contentTabMinusZero: { ...SENDERS.content, tab: { id: -0 } },
  contentFileUrl: { ...SENDERS.content, url: 'file:///home/me/job.html', origin: undefined },
  contentOriginMismatch: { ...SENDERS.content, origin: 'https://evil.example' },
  contentNoUrl: { id: SELF.id, tab: { id: 7 }, frameId: 0 },
  contentOtherExtension: { ...SENDERS.content, id: 'zyxwvutsrqponmlk' },
};

export type CountedDeps = BackgroundDeps & { calls: string[] };

/** Wraps every function of the deps (and of their session area) so that each call is recorded by name. */
export function counting(deps: BackgroundDeps): CountedDeps {
  const calls: string[] = [];
  const wrap = <T extends object>(o: T, prefix: string): T =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, typeof v === 'function' ? (...a: unknown[]) => (calls.push(prefix + k), v(...a)) : v]),
    ) as T;
  const wrapped = wrap(deps, '');
  return { ...wrapped, session: deps.session && wrap(deps.session, 'session.'), calls };
}

/** Browser-side deps with nothing behind them but a session map; the store deps are given. */
export function fakeBrowserDeps(
  store: Pick<BackgroundDeps, 'loadProfile' | 'getDismissedSites' | 'setDismissedSites' | 'savePosting' | 'getDismissedDealbreakers'>,
) {
  const session = new Map<string, unknown>();
  const deps: BackgroundDeps = {
    ...store,
    graph: taxonomyGraph,
    self: SELF,
    setBadge: async () => {},
    broadcast: () => {},
    sendToTab: async () => true,
    openPanel: () => {},
    injectEvaluator: async () => {},
    readSelection: async () => null,
    session: {
      get: async (k) => (k === null ? Object.fromEntries(session) : { [k]: session.get(k) }),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
      remove: async (k) => void session.delete(k),
    },
    now: () => 1000,
    defer: (task) => task(),
  };
  return { deps, session };
}

export const memoryStore = () => {
  let sites: string[] = [];
  return {
    loadProfile: async () => null,
    getDismissedSites: async () => sites,
    setDismissedSites: async (s: string[]) => void (sites = s),
    getDismissedDealbreakers: async () => new Set<string>(),
    savePosting: async () => ({ id: 'p1', created: true }),
  };
};
