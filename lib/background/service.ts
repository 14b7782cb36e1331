// The background's logic, free of browser APIs: everything it touches (profile, settings, badge, tabs, side panel)
// comes in as BackgroundDeps, so it runs in unit tests as it does in the service worker (entrypoints/background.ts
// only wires these to browser.*). Every message is parsed with the protocol's schemas before it is acted on.
import { badgeFor, evaluatePage, hasProfile, overlayFor, profileStamp, siteOf, type Badge } from '../evaluate';
import { fit } from '../fit/score';
import type { SkillGraph } from '../fit/types';
import {
  ContentMessageSchema,
  PanelMessageSchema,
  parseMessage,
  type OverlayState,
  type PageExtractionMessage,
  type ToContentMessage,
} from '../messages';
import type { Profile } from '../profile/schema';
import type { Broadcast, TabEvaluation } from '../tab-evaluation';
import { TabStore, unknownTab, type SessionArea, type TabEntry } from './tab-store';
import type { PostingRecord } from '../schemas';

/** What a message's sender is, as browser.runtime.MessageSender gives it. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface SaveInput {
  url: string;
  board: string;
  title: string | null;
  company: string | null;
  record: PostingRecord;
  text: string;
  score: number | null;
  formulaVersion: string | null;
}

export interface BackgroundDeps {
  graph: SkillGraph;
  /** The stored profile, or null when none was saved. */
  loadProfile(): Promise<Profile | null>;
  getDismissedSites(): Promise<string[]>;
  setDismissedSites(sites: string[]): Promise<void>;
  savePosting(input: SaveInput): Promise<{ id: string; created: boolean }>;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  broadcast(msg: Broadcast): void;
  /** Rejects when the tab has no Postfit script listening. */
  sendToTab(tabId: number, msg: ToContentMessage): Promise<unknown>;
  /** Must be called synchronously from the user's gesture (the caller does no await before it). */
  openPanel(tabId: number): void;
  /** Runs the on-demand evaluator in the tab (needs activeTab: a context-menu click or the toolbar). */
  injectEvaluator(tabId: number): Promise<void>;
  /** The tab's selected text and address (needs activeTab). */
  readSelection(tabId: number): Promise<{ text: string; url: string; title: string } | null>;
  /** Is this sender one of the extension's own pages (side panel, popup)? */
  isExtensionPage(sender: Sender): boolean;
  session: SessionArea | null;
  now(): number;
}

export type ContentAnswer = OverlayState | { ok: boolean } | null;

const EVALUATE_TIMEOUT_MS = 5000;
const MAX_SELECTION = 400_000;

export function createBackground(deps: BackgroundDeps) {
  const store = new TabStore(deps.session);
  const waiters = new Map<number, ((e: TabEvaluation) => void)[]>();

  async function profileOrNull(): Promise<Profile | null> {
    try {
      const p = await deps.loadProfile();
      return hasProfile(p) ? p : null;
    } catch {
      return null;
    }
  }

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

  /** Parses, scores and records a page for a tab; the overlay's state before any dismissal. */
  async function evaluate(tabId: number, url: string, page: PageExtractionMessage): Promise<OverlayState> {
    const profile = await profileOrNull();
    let result;
    try {
      result = evaluatePage(page, url, profile, deps.graph);
    } catch (err) {
      const overlay: OverlayState = { kind: 'error', message: String((err as Error)?.message ?? err).slice(0, 300) };
      await publish(tabId, { evaluation: { status: 'not-posting', tabId, url }, overlay, header: null, source: null, profileKey: '' });
      return overlay;
    }
    await publish(tabId, {
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
      profileKey: profileStamp(profile),
    });
    return result.overlay;
  }

  /** The report again with the current profile, when it changed since (or appeared, or was emptied). */
  async function refresh(tabId: number, entry: TabEntry, profile: Profile | null): Promise<TabEntry> {
    const ev = entry.evaluation;
    if (ev.status !== 'posting' || profileStamp(profile) === entry.profileKey) return entry;
    const report = profile ? fit(profile, ev.record, deps.graph) : null;
    const next: TabEntry = {
      ...entry,
      evaluation: { ...ev, report, evaluatedAt: deps.now() },
      overlay: overlayFor(report),
      profileKey: profileStamp(profile),
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

  /** Evaluates a tab's page on demand: asks its content script if one listens, otherwise injects the evaluator. */
  async function evaluateTabPage(tabId: number): Promise<TabEvaluation> {
    const done = waitForEvaluation(tabId);
    try {
      await deps.sendToTab(tabId, { type: 'reevaluate' });
    } catch {
      try {
        await deps.injectEvaluator(tabId);
      } catch {
        return (await store.get(tabId))?.evaluation ?? unknownTab(tabId);
      }
    }
    return (await done) ?? (await store.get(tabId))?.evaluation ?? unknownTab(tabId);
  }

  async function evaluateSelection(tabId: number): Promise<TabEvaluation> {
    let sel: Awaited<ReturnType<BackgroundDeps['readSelection']>> = null;
    try {
      sel = await deps.readSelection(tabId);
    } catch {
      sel = null;
    }
    const text = sel?.text.trim().slice(0, MAX_SELECTION) ?? '';
    if (!sel || !text) return (await store.get(tabId))?.evaluation ?? unknownTab(tabId);
    const page: PageExtractionMessage = {
      text,
      header: { title: null, company: null, salaryText: null, locationText: null },
      source: 'selection',
      board: null,
    };
    await evaluate(tabId, sel.url, page);
    return (await store.get(tabId))?.evaluation ?? unknownTab(tabId);
  }

  /** Content script → background. panel:open is handled before anything is awaited (user gesture). */
  function onContentMessage(raw: unknown, sender: Sender): Promise<ContentAnswer> | ContentAnswer {
    const msg = parseMessage(ContentMessageSchema, raw);
    const tabId = sender.tab?.id;
    if (!msg || tabId == null || tabId < 0 || (sender.frameId ?? 0) !== 0) return null;
    switch (msg.type) {
      case 'panel:open':
        deps.openPanel(tabId);
        return { ok: true };
      case 'page:none':
        return (async () => {
          await store.delete(tabId);
          await publish(tabId, { evaluation: { status: 'not-posting', tabId, url: msg.url }, overlay: null, header: null, source: null, profileKey: '' });
          return null;
        })();
      case 'page:posting':
        return (async () => {
          // The page says where it is; the browser's word wins if they disagree on the site.
          const url = sender.url && siteOf(sender.url) !== siteOf(msg.url) ? sender.url : msg.url;
          const dismissed = isDismissed(url); // read while the page is parsed
          const overlay = await evaluate(tabId, url, msg.page);
          return (await dismissed) ? { kind: 'dismissed' as const } : overlay;
        })();
      case 'overlay:dismiss':
        return (async () => {
          const site = siteOf(sender.url) ?? siteOf(`https://${msg.host}/`);
          if (!site) return { ok: false };
          const sites = await deps.getDismissedSites();
          if (!sites.includes(site)) await deps.setDismissedSites([...sites, site].slice(-2000));
          return { ok: true };
        })();
    }
  }

  /** Side panel / popup → background. */
  async function onPanelMessage(raw: unknown, sender: Sender): Promise<unknown> {
    if (!deps.isExtensionPage(sender)) return null;
    const msg = parseMessage(PanelMessageSchema, raw);
    if (!msg) return null;
    switch (msg.type) {
      case 'report:get': {
        const entry = await store.get(msg.tabId);
        if (!entry) return unknownTab(msg.tabId);
        return (await refresh(msg.tabId, entry, await profileOrNull())).evaluation;
      }
      case 'tab:evaluate':
        return msg.what === 'selection' ? evaluateSelection(msg.tabId) : evaluateTabPage(msg.tabId);
      case 'posting:save': {
        const entry = await store.get(msg.tabId);
        const ev = entry?.evaluation;
        if (!ev || ev.status !== 'posting') return { ok: false, error: 'This tab shows no posting to save.' };
        try {
          const saved = await deps.savePosting({
            url: ev.url,
            board: ev.board ?? (entry?.source === 'selection' ? 'selection' : 'other'),
            title: ev.record.title,
            company: ev.record.company,
            record: ev.record,
            text: ev.text,
            score: ev.report?.score ?? null,
            formulaVersion: ev.report?.formulaVersion ?? null,
          });
          return { ok: true, id: saved.id, created: saved.created };
        } catch (err) {
          return { ok: false, error: String((err as Error)?.message ?? err) };
        }
      }
      case 'page:highlight':
        try {
          await deps.sendToTab(msg.tabId, { type: 'highlight', sentence: msg.sentence });
          return { ok: true };
        } catch {
          return { ok: false };
        }
    }
  }

  /** The context menu's items; the click itself is the user gesture that opens the panel. */
  function onMenuClick(menuItemId: string | number, tabId: number | undefined): void {
    if (tabId == null || tabId < 0) return;
    if (menuItemId !== MENU.page && menuItemId !== MENU.selection) return;
    deps.openPanel(tabId);
    void (menuItemId === MENU.selection ? evaluateSelection(tabId) : evaluateTabPage(tabId));
  }

  /** The profile changed: every tab's report is redone, and each page's overlay asked to refresh. */
  async function onProfileChanged(): Promise<void> {
    const profile = await profileOrNull();
    for (const tabId of await store.tabIds()) {
      const entry = await store.get(tabId);
      if (!entry || entry.evaluation.status !== 'posting') continue;
      await refresh(tabId, entry, profile);
      deps.sendToTab(tabId, { type: 'reevaluate' }).catch(() => {});
    }
  }

  async function onTabGone(tabId: number): Promise<void> {
    waiters.delete(tabId);
    await store.delete(tabId);
  }

  /** A new document is loading in the tab: what was known about the old one no longer holds. */
  async function onTabLoading(tabId: number): Promise<void> {
    if (!(await store.get(tabId))) return;
    await store.delete(tabId);
    await deps.setBadge(tabId, badgeFor(null)).catch(() => {});
    deps.broadcast({ type: 'report:updated', tabId });
  }

  return { onContentMessage, onPanelMessage, onMenuClick, onProfileChanged, onTabGone, onTabLoading, store };
}

export const MENU = { page: 'postfit-evaluate-page', selection: 'postfit-evaluate-selection' } as const;
