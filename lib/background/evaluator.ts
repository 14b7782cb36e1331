// Evaluating a tab and recording the result: shared by the content script's messages (the page sent itself), the
// side panel's (evaluate on demand, report:get) and the context menu. Every result goes through publish(), which
// stores it for the tab, sets the toolbar badge and tells the extension pages.
import { dismissalStamp } from '../db/dismissals';
import { badgeFor, hasProfile, profileStamp, scoreRecord, siteOf, type Evaluation } from '../evaluate';
import { parsePosting } from '../posting/index';
import type { OverlayState, PageExtractionMessage } from '../messages';
import type { Profile } from '../profile/schema';
import { injectFailure } from '../site-access';
import type { EvaluateAnswer, TabEvaluation } from '../tab-evaluation';
import type { BackgroundDeps } from './deps';
import { unknownTab, type TabEntry, type TabStore } from './tab-store';

const EVALUATE_TIMEOUT_MS = 5000;
const MAX_SELECTION = 400_000;

export type Evaluator = ReturnType<typeof createEvaluator>;

export function createEvaluator(deps: BackgroundDeps, store: TabStore) {
  const waiters = new Map<number, ((e: TabEvaluation) => void)[]>();

  async function profileOrNull(): Promise<Profile | null> {
    try {
      const p = await deps.loadProfile();
      return hasProfile(p) ? p : null;
    } catch {
      return null;
    }
  }

  /** The dealbreakers dismissed for this posting; none when they cannot be read (never worth failing a page). */
  async function dismissedFor(url: string): Promise<Set<string>> {
    try {
      return await deps.getDismissedDealbreakers(url);
    } catch {
      return new Set();
    }
  }

  /** What a report depends on besides the record: the profile and the dismissals for its posting. */
  const reportKey = (profile: Profile | null, dismissed: ReadonlySet<string>) => `${profileStamp(profile)}|${dismissalStamp(dismissed)}`;

  async function isDismissed(url: string): Promise<boolean> {
    const site = siteOf(url);
    if (!site) return false;
    try {
      return (await deps.getDismissedSites()).includes(site);
    } catch {
      return false;
    }
  }

  async function publish(tabId: number, entry: TabEntry): Promise<void> {
    await store.set(tabId, entry);
    await deps.setBadge(tabId, badgeFor(entry.overlay)).catch(() => {});
    deps.broadcast({ type: 'report:updated', tabId });
    for (const w of waiters.get(tabId) ?? []) w(entry.evaluation);
    waiters.delete(tabId);
  }

  /**
   * A page's own evaluation: the entry is the tab's at once (in memory, where every reader looks first), and the
   * answer to the page goes out before the rest of publish(): in a warm worker the session copy, the toolbar badge
   * and the broadcast took about 30 ms, and the answer then waited behind them as long again. An entry replaced
   * meanwhile (the page showed another job) is not published.
   */
  function publishAfterAnswer(tabId: number, entry: TabEntry): void {
    store.remember(tabId, entry);
    deps.defer(() => {
      if (store.peek(tabId) === entry) void publish(tabId, entry);
    });
  }

  /** Parses, scores and records a page for a tab; the overlay's state before any dismissal. The parse starts as
   * soon as the taxonomy is in, while the profile is still being read (a cold worker does both at once). */
  async function evaluate(tabId: number, url: string, page: PageExtractionMessage): Promise<OverlayState> {
    const profileRead = profileOrNull();
    const dismissedRead = dismissedFor(url);
    let profile: Profile | null = null;
    let dismissed: Set<string> = new Set();
    let result: Evaluation;
    try {
      await deps.taxonomyReady?.(null);
      const record = parsePosting(page.text, { url, header: page.header });
      [profile, dismissed] = await Promise.all([profileRead, dismissedRead]);
      await deps.taxonomyReady?.(profile);
      result = scoreRecord(record, profile, deps.graph, dismissed);
    } catch (err) {
      const overlay: OverlayState = { kind: 'error', message: String((err as Error)?.message ?? err).slice(0, 300) };
      publishAfterAnswer(tabId, { evaluation: { status: 'not-posting', tabId, url }, overlay, header: null, source: null, profileKey: '' });
      return overlay;
    }
    publishAfterAnswer(tabId, {
      evaluation: {
        status: 'posting',
        tabId,
        url,
        board: page.board,
        record: result.record,
        text: page.text,
        report: result.report,
        evaluatedAt: deps.now(),
      },
      overlay: result.overlay,
      header: page.header,
      source: page.source,
      profileKey: reportKey(profile, dismissed),
    });
    return result.overlay;
  }

  /** The report again with the current profile and dismissals, when they changed since (or the profile appeared,
   *  or was emptied). */
  async function refresh(tabId: number, entry: TabEntry, profile: Profile | null): Promise<TabEntry> {
    const ev = entry.evaluation;
    if (ev.status !== 'posting') return entry;
    const dismissed = await dismissedFor(ev.url);
    const key = reportKey(profile, dismissed);
    if (key === entry.profileKey) return entry;
    await deps.taxonomyReady?.(profile);
    const { report, overlay } = scoreRecord(ev.record, profile, deps.graph, dismissed);
    const next: TabEntry = {
      ...entry,
      evaluation: { ...ev, report, evaluatedAt: deps.now() },
      overlay,
      profileKey: key,
    };
    await publish(tabId, next);
    return next;
  }

  function waitForEvaluation(tabId: number): Promise<TabEvaluation | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), EVALUATE_TIMEOUT_MS);
      const list = waiters.get(tabId) ?? [];
      list.push((e) => {
        clearTimeout(timer);
        resolve(e);
      });
      waiters.set(tabId, list);
    });
  }

  const current = async (tabId: number) => (await store.get(tabId))?.evaluation ?? unknownTab(tabId);

  /** The browser refused to run anything in the tab: say why, rather than "no posting" (the page was never read). */
  const unreadable = (tabId: number, err: unknown): EvaluateAnswer => ({
    status: 'unreadable',
    tabId,
    reason: injectFailure(String((err as Error)?.message ?? err)),
  });

  /** Evaluates a tab's page on demand: asks its content script if one listens, otherwise injects the evaluator. */
  async function evaluateTabPage(tabId: number): Promise<EvaluateAnswer> {
    const done = waitForEvaluation(tabId);
    try {
      await deps.sendToTab(tabId, { type: 'reevaluate' });
    } catch {
      try {
        await deps.injectEvaluator(tabId);
      } catch (err) {
        return unreadable(tabId, err);
      }
    }
    return (await done) ?? (await current(tabId));
  }

  async function evaluateSelection(tabId: number): Promise<EvaluateAnswer> {
    let sel: Awaited<ReturnType<BackgroundDeps['readSelection']>> = null;
    try {
      sel = await deps.readSelection(tabId);
    } catch (err) {
      return unreadable(tabId, err);
    }
    const text = sel?.text.trim().slice(0, MAX_SELECTION) ?? '';
    if (!sel || !text) return current(tabId);
    const page: PageExtractionMessage = {
      text,
      header: { title: null, company: null, salaryText: null, locationText: null },
      source: 'selection',
      board: null,
    };
    await evaluate(tabId, sel.url, page);
    return current(tabId);
  }

  /** A tab is gone: nobody waits for its evaluation any more. */
  const forget = (tabId: number) => void waiters.delete(tabId);

  return { profileOrNull, isDismissed, publish, evaluate, refresh, evaluateTabPage, evaluateSelection, forget };
}
