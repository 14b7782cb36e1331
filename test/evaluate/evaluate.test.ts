// The background's evaluation of a page (parse, score, overlay state, badge), and the background service's
// message handling with every browser API replaced by a fake.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { STATE } from '../helpers/state';
import { createBackground, MENU, type BackgroundDeps, type Sender } from '../../lib/background/service';
import { badgeFor, evaluatePage, hasProfile, overlayFor, profileStamp, siteOf } from '../../lib/evaluate';
import { fit } from '../../lib/fit/score';
import { taxonomyGraph } from '../../lib/fit/taxonomy-graph';
import type { PageExtractionMessage } from '../../lib/messages';
import { extractPage } from '../../lib/page';
import { parseHtmlFile } from '../../lib/page/node';
import { parsePosting } from '../../lib/posting';
import { emptyProfile, ProfileSchema, type Profile } from '../../lib/profile/schema';
import { EvaluateAnswerSchema, TabEvaluationSchema } from '../../lib/tab-evaluation';

const ROOT = join(__dirname, '../..');
const profile: Profile = ProfileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'assets/examples/ml-platform-engineer.profile.json'), 'utf8')));
const FIXTURE = join(ROOT, 'test/fixtures/pages/remotewlb/rackspace-sr-ml-engineer-gcp.html');
const URL_ = 'https://www.remotewlb.com/apply/sr-machine-learning-engineer-gcp';
const page = extractPage(parseHtmlFile(readFileSync(FIXTURE, 'utf8')), URL_)! as PageExtractionMessage;

describe('evaluatePage', () => {
  it('gives the same record and report as parsing and scoring directly (what `npm run fit` does)', () => {
    const r = evaluatePage(page, URL_, profile, taxonomyGraph);
    const record = parsePosting(page.text, { url: URL_, header: page.header });
    expect(r.record).toEqual(record);
    expect(r.report).toEqual(fit(profile, record, taxonomyGraph));
    expect(r.overlay).toMatchObject({ kind: 'score', score: r.report!.score, verdict: r.report!.verdict });
  });

  it('has no report before there is a profile, and says so', () => {
    expect(evaluatePage(page, URL_, null, taxonomyGraph)).toMatchObject({ report: null, overlay: { kind: 'no-profile' } });
    expect(evaluatePage(page, URL_, emptyProfile(), taxonomyGraph).overlay).toEqual({ kind: 'no-profile' });
    expect(hasProfile(emptyProfile())).toBe(false);
  });

  it('calls a posting without enough requirements thin', () => {
    const thin = { ...page, text: 'Engineer\n\nWe are a friendly team. Apply today.' };
    expect(evaluatePage(thin, URL_, profile, taxonomyGraph).overlay).toEqual({ kind: 'thin' });
  });

  it('counts the missing required skills', () => {
    const report = fit(profile, parsePosting('Engineer\n\n## Requirements\n- Rust\n- Haskell\n- Python', {}), taxonomyGraph);
    const o = overlayFor(report);
    expect(o.kind).toBe('score');
    if (o.kind === 'score') expect(o.missingRequired).toBe(report.items.filter((i) => i.bucket === 'required' && i.status === 'missing').length);
  });
});

describe('badge and site', () => {
  it('shows the score in the verdict colour, ? before a profile, – when thin, nothing otherwise', () => {
    expect(badgeFor({ kind: 'score', score: 72, verdict: 'strong', missingRequired: 0 })).toEqual({ text: '72', color: '#1a7f37' });
    expect(badgeFor({ kind: 'no-profile' }).text).toBe('?');
    expect(badgeFor({ kind: 'thin' }).text).toBe('–');
    expect(badgeFor(null).text).toBe('');
  });
  it('keys dismissals by host without www', () => {
    expect(siteOf('https://www.linkedin.com/jobs/view/1')).toBe('linkedin.com');
    expect(siteOf('https://boards.greenhouse.io/x')).toBe('boards.greenhouse.io');
    expect(siteOf('not a url')).toBeNull();
  });
  it('tells profiles apart by content, not by updatedAt', () => {
    const other = { ...profile, skills: profile.skills.slice(1) };
    expect(profileStamp(profile)).not.toBe(profileStamp(other));
    expect(profileStamp(profile)).toBe(profileStamp(structuredClone(profile)));
    expect(profileStamp(null)).toBe('');
  });
});

function fakeDeps(over: Partial<BackgroundDeps> = {}) {
  const session = new Map<string, unknown>();
  let dismissed: string[] = [];
  let stored: Profile | null = profile;
  const dismissals = new Map<string, string[]>();
  const deps: BackgroundDeps & { badges: Map<number, string>; broadcasts: number[]; panels: number[]; toTab: unknown[]; saved: unknown[] } = {
    badges: new Map(),
    broadcasts: [],
    panels: [],
    toTab: [],
    saved: [],
    graph: taxonomyGraph,
    loadProfile: async () => stored,
    getDismissedSites: async () => dismissed,
    setDismissedSites: async (s) => void (dismissed = s),
    getDismissedDealbreakers: async (url) => new Set(dismissals.get(url) ?? []),
    savePosting: async (input) => {
      deps.saved.push(input);
      return { id: 'p1', created: true };
    },
    setBadge: async (tabId, b) => void deps.badges.set(tabId, b.text),
    broadcast: (m) => void deps.broadcasts.push(m.tabId),
    sendToTab: async (tabId, msg) => {
      deps.toTab.push({ tabId, msg });
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    openPanel: (tabId) => void deps.panels.push(tabId),
    injectEvaluator: async () => {},
    readSelection: async () => ({ text: page.text, url: 'https://example.com/careers/1', title: 'Careers' }),
    self: { id: 'abc', baseUrl: 'chrome-extension://abc/' },
    session: {
      get: async (k) => (k === null ? Object.fromEntries(session) : { [k]: session.get(k) }),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
      remove: async (k) => void session.delete(k),
    },
    now: () => 1000,
    defer: (task: () => void) => task(),
    ...over,
  };
  return {
    deps,
    session,
    setProfile: (p: Profile | null) => (stored = p),
    dismissedSites: () => dismissed,
    dismissDealbreakers: (url: string, keys: string[]) => dismissals.set(url, keys),
  };
}

const tabSender = (tabId: number, url = URL_): Sender => ({ id: 'abc', url, frameId: 0, tab: { id: tabId } });
const panelSender: Sender = { id: 'abc', url: 'chrome-extension://abc/sidepanel.html' };

describe('the background service', () => {
  it('answers page:posting with the overlay state, sets the badge, broadcasts, and keeps the tab for report:get', async () => {
    const { deps } = fakeDeps();
    const bg = createBackground(deps);
    const answer = await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(7));
    const expected = evaluatePage(page, URL_, profile, taxonomyGraph);
    expect(answer).toEqual(expected.overlay);
    expect(deps.badges.get(7)).toBe(String(expected.report!.score));
    expect(deps.broadcasts).toEqual([7]);
    const got = await bg.receive({ type: 'report:get', tabId: 7 }, panelSender);
    expect(TabEvaluationSchema.parse(got)).toMatchObject({ status: 'posting', tabId: 7, url: URL_, board: 'remotewlb', report: expected.report });
  });

  it('answers the page before the session copy, the badge and the broadcast; publishes only the newest entry', async () => {
    const queued: (() => void)[] = [];
    const { deps, session } = fakeDeps({ defer: (task: () => void) => void queued.push(task) });
    const bg = createBackground(deps);
    const answer = await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(7));
    expect(answer).toMatchObject({ kind: 'score' });
    expect(deps.badges.size).toBe(0);
    expect(session.size).toBe(0);
    // The entry is the tab's already: a panel opened at once reads it.
    expect(await bg.receive({ type: 'report:get', tabId: 7 }, panelSender)).toMatchObject({ status: 'posting', tabId: 7 });
    // The page shows another job before the first publish ran: only the second is published.
    const other = { ...page, text: page.text.replace(/Python/g, 'Haskell') };
    await bg.receive({ type: 'page:posting', url: `${URL_}-2`, page: other }, tabSender(7));
    for (const task of queued.splice(0)) task();
    await new Promise((resolve) => setImmediate(resolve)); // publish awaits only promises: all settled by now
    expect(deps.broadcasts).toEqual([7]);
    expect(deps.badges.get(7)).toMatch(/^\d+$/);
    expect(session.get('tab:7')).toMatchObject({ evaluation: { url: `${URL_}-2` } });
  });

  it('survives a restart of the service worker: report:get reads the session store', async () => {
    const { deps } = fakeDeps();
    await createBackground(deps).receive({ type: 'page:posting', url: URL_, page }, tabSender(3));
    const fresh = createBackground(deps); // same session store, empty memory
    expect(await fresh.receive({ type: 'report:get', tabId: 3 }, panelSender)).toMatchObject({ status: 'posting', tabId: 3 });
    expect(await fresh.receive({ type: 'report:get', tabId: 4 }, panelSender)).toEqual({ status: 'unknown', tabId: 4 });
  });

  it('drops malformed messages and panel messages from content scripts, without an answer', async () => {
    const { deps } = fakeDeps();
    const bg = createBackground(deps);
    expect(bg.receive({ type: 'page:posting', url: URL_, page: { ...page, text: 5 } }, tabSender(1))).toBeUndefined();
    expect(bg.receive({ type: 'nope' }, tabSender(1))).toBeUndefined();
    expect(bg.receive({ type: 'page:posting', url: URL_, page }, { id: 'abc', url: URL_ })).toBeUndefined(); // no tab
    expect(bg.receive({ type: 'report:get', tabId: 1 }, tabSender(1))).toBeUndefined();
    expect(deps.badges.size).toBe(0);
  });

  it('opens the side panel synchronously on panel:open (the user gesture must not be lost to an await)', async () => {
    const { deps } = fakeDeps();
    const bg = createBackground(deps);
    const r = bg.receive({ type: 'panel:open' }, tabSender(9));
    expect(deps.panels).toEqual([9]);
    expect(await r).toEqual({ ok: true });
  });

  it('remembers a dismissal for the sender’s site and answers dismissed there, but still sets the badge', async () => {
    const { deps, dismissedSites } = fakeDeps();
    const bg = createBackground(deps);
    // A page cannot dismiss another site.
    expect(bg.receive({ type: 'overlay:dismiss', host: 'evil.example' }, tabSender(2))).toBeUndefined();
    expect(dismissedSites()).toEqual([]);
    expect(await bg.receive({ type: 'overlay:dismiss', host: 'remotewlb.com' }, tabSender(2))).toEqual({ ok: true });
    expect(dismissedSites()).toEqual(['remotewlb.com']);
    const answer = await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(2));
    expect(answer).toEqual({ kind: 'dismissed' });
    expect(deps.badges.get(2)).toMatch(/^\d+$/);
  });

  it('redoes the report when the profile changed since', async () => {
    const { deps, setProfile } = fakeDeps();
    const bg = createBackground(deps);
    setProfile(null);
    expect(await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(5))).toEqual({ kind: 'no-profile' });
    setProfile(profile);
    const got = (await bg.receive({ type: 'report:get', tabId: 5 }, panelSender)) as { report: { score: number } };
    expect(got.report.score).toBe(evaluatePage(page, URL_, profile, taxonomyGraph).report!.score);
    // onProfileChanged does the same for every tab and asks each page to send itself again.
    setProfile(null);
    await bg.onProfileChanged();
    expect(deps.badges.get(5)).toBe('?');
    expect(deps.toTab).toContainEqual({ tabId: 5, msg: { type: 'reevaluate' } });
  });

  it('a dismissed dealbreaker stops capping the score: the report, the overlay and the badge follow', async () => {
    const { deps, setProfile, dismissDealbreakers } = fakeDeps();
    const needsVisa = { ...profile, preferences: { ...profile.preferences, needsSponsorship: true } };
    setProfile(needsVisa);
    const refusing = { ...page, text: `${page.text}\n\nWe are not able to sponsor work visas for this role.` };
    const uncapped = evaluatePage(refusing, URL_, profile, taxonomyGraph).report!.score!;
    expect(uncapped).toBeGreaterThan(40); // else the cap would not show
    const bg = createBackground(deps);
    const first = await bg.receive({ type: 'page:posting', url: URL_, page: refusing }, tabSender(7));
    expect(first).toMatchObject({
      kind: 'score',
      score: 40,
      work: [{ label: 'No visa sponsorship', sentence: 'We are not able to sponsor work visas for this role.', blocking: true }],
    });
    dismissDealbreakers(URL_, ['visa']);
    await bg.onProfileChanged(); // what the database watch calls when the dismissals change
    const got = (await bg.receive({ type: 'report:get', tabId: 7 }, panelSender)) as { report: { score: number; dealbreakers: unknown[] } };
    expect(got.report.score).toBe(uncapped);
    expect(got.report.dealbreakers).toEqual([expect.objectContaining({ key: 'visa', dismissed: true })]);
    expect(deps.badges.get(7)).toBe(String(uncapped));
    // The page is asked to send itself again, and its overlay then gets the dismissal too.
    expect(deps.toTab).toContainEqual({ tabId: 7, msg: { type: 'reevaluate' } });
    expect(await bg.receive({ type: 'page:posting', url: URL_, page: refusing }, tabSender(7))).toMatchObject({ kind: 'score', score: uncapped });
  });

  it('page:none clears the badge and records not-posting', async () => {
    const { deps } = fakeDeps();
    const bg = createBackground(deps);
    await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(6));
    await bg.receive({ type: 'page:none', url: URL_ }, tabSender(6));
    expect(deps.badges.get(6)).toBe('');
    expect(await bg.receive({ type: 'report:get', tabId: 6 }, panelSender)).toEqual({ status: 'not-posting', tabId: 6, url: URL_ });
  });

  it('evaluates a page on demand: injects the evaluator where no script listens, and answers with its evaluation', async () => {
    const { deps } = fakeDeps();
    deps.injectEvaluator = vi.fn(async (tabId: number) => {
      // The injected script sends the page, as entrypoints/ondemand.ts does.
      setTimeout(() => void bg.receive({ type: 'page:posting', url: 'https://example.com/jobs/1', page: { ...page, board: null, source: 'generic' } }, tabSender(tabId, 'https://example.com/jobs/1')), 5);
    });
    // Declared after the fake that calls it: the fake only runs once receive below asks for an injection.
    const bg = createBackground(deps);
    const got = await bg.receive({ type: 'tab:evaluate', tabId: 11, what: 'page' }, panelSender);
    expect(deps.injectEvaluator).toHaveBeenCalledWith(11);
    expect(got).toMatchObject({ status: 'posting', tabId: 11, url: 'https://example.com/jobs/1' });
  });

  it('evaluates the selected text, from the context menu too (which opens the panel first)', async () => {
    const { deps } = fakeDeps();
    const bg = createBackground(deps);
    const got = await bg.receive({ type: 'tab:evaluate', tabId: 12, what: 'selection' }, panelSender);
    expect(got).toMatchObject({ status: 'posting', tabId: 12, url: 'https://example.com/careers/1', board: null });
    bg.onMenuClick(MENU.selection, 13);
    expect(deps.panels).toEqual([13]);
    await vi.waitFor(() => expect(deps.badges.get(13)).toMatch(/^\d+$/), STATE);
  });

  it('saves the tab’s posting with its score, and forwards highlights to the page', async () => {
    const { deps } = fakeDeps();
    const bg = createBackground(deps);
    expect(await bg.receive({ type: 'posting:save', tabId: 8 }, panelSender)).toMatchObject({ ok: false });
    await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(8));
    expect(await bg.receive({ type: 'posting:save', tabId: 8 }, panelSender)).toEqual({ ok: true, id: 'p1', created: true });
    expect(deps.saved[0]).toMatchObject({ url: URL_, board: 'remotewlb', title: 'Sr Machine Learning Engineer (GCP)', text: page.text });
    expect(await bg.receive({ type: 'page:highlight', tabId: 8, sentence: 'Strong programming' }, panelSender)).toEqual({ ok: false });
    expect(deps.toTab).toContainEqual({ tabId: 8, msg: { type: 'highlight', sentence: 'Strong programming' } });
  });

  it('forgets a closed tab, and a tab that loads a new document', async () => {
    const { deps, session } = fakeDeps();
    const bg = createBackground(deps);
    await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(20));
    await bg.receive({ type: 'page:posting', url: URL_, page }, tabSender(21));
    await bg.onTabGone(20);
    await bg.onTabLoading(21);
    expect(session.size).toBe(0);
    expect(deps.badges.get(21)).toBe('');
  });
});

describe('on demand, when the browser refuses to run Postfit in the tab', () => {
  it('answers why (not allowed, or a page no extension may read), and keeps the tab’s state as it was', async () => {
    for (const [message, reason] of [
      ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-access'],
      ['Cannot access a chrome:// URL', 'restricted'],
    ] as const) {
      const { deps, session } = fakeDeps({ injectEvaluator: async () => Promise.reject(new Error(message)) });
      const bg = createBackground(deps);
      const got = await bg.receive({ type: 'tab:evaluate', tabId: 30, what: 'page' }, panelSender);
      expect(EvaluateAnswerSchema.parse(got)).toEqual({ status: 'unreadable', tabId: 30, reason });
      expect(session.size).toBe(0); // nothing recorded: "not a posting" would be a guess
      expect(await bg.receive({ type: 'report:get', tabId: 30 }, panelSender)).toEqual({ status: 'unknown', tabId: 30 });
    }
  });

  it('the same for the selected text', async () => {
    const { deps } = fakeDeps({ readSelection: async () => Promise.reject(new Error('Missing host permission for the tab')) });
    const bg = createBackground(deps);
    expect(await bg.receive({ type: 'tab:evaluate', tabId: 31, what: 'selection' }, panelSender)).toEqual({ status: 'unreadable', tabId: 31, reason: 'no-access' });
  });

  it('a page that was read and holds no posting is "not a posting", as before', async () => {
    const { deps } = fakeDeps();
    deps.injectEvaluator = async (tabId) => void bg.receive({ type: 'page:none', url: 'https://example.com/blog' }, tabSender(tabId, 'https://example.com/blog'));
    const bg = createBackground(deps);
    expect(await bg.receive({ type: 'tab:evaluate', tabId: 32, what: 'page' }, panelSender)).toEqual({ status: 'not-posting', tabId: 32, url: 'https://example.com/blog' });
  });
});
