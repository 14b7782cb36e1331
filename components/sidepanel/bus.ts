// The side panel's link to the browser: messages to the background, its broadcasts, and tab events.
// An interface so the stores are tested with a fake, and the e2e tests can run without the background.
import { browser } from 'wxt/browser';
import { BroadcastSchema, EvaluateAnswerSchema, TabEvaluationSchema, type EvaluateAnswer, type TabEvaluation } from '../../lib/tab-evaluation';
import type { PanelMessage } from '../../lib/messages';

export interface PanelBus {
  /** The tab the panel reports on when it is not pinned: the active tab of the panel's window. */
  activeTabId(): Promise<number | null>;
  getReport(tabId: number): Promise<TabEvaluation>;
  send(message: Exclude<PanelMessage, { type: 'report:get' | 'tab:evaluate' }>): Promise<void>;
  /** Asks the background to read the tab's page or selection; null when no valid answer came. */
  evaluate(tabId: number, what: 'page' | 'selection'): Promise<EvaluateAnswer | null>;
  /** Calls back with a tab id whenever that tab may show something new. Returns the unsubscribe. */
  onTabChange(cb: (change: { kind: 'activated' | 'updated' | 'report'; tabId: number }) => void): () => void;
}

export function browserBus(): PanelBus {
  let windowId: number | undefined;
  return {
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      windowId = tab?.windowId;
      return tab?.id ?? null;
    },
    async getReport(tabId) {
      try {
        const raw = await browser.runtime.sendMessage({ type: 'report:get', tabId } satisfies PanelMessage);
        const r = TabEvaluationSchema.safeParse(raw);
        return r.success ? r.data : { status: 'unknown', tabId };
      } catch {
        return { status: 'unknown', tabId }; // no background answer (starting, or an old version)
      }
    },
    async evaluate(tabId, what) {
      try {
        const raw = await browser.runtime.sendMessage({ type: 'tab:evaluate', tabId, what } satisfies PanelMessage);
        const r = EvaluateAnswerSchema.safeParse(raw);
        return r.success ? r.data : null;
      } catch {
        return null;
      }
    },
    async send(message) {
      try {
        await browser.runtime.sendMessage(message);
      } catch {
        // fire and forget: the report follows through report:updated
      }
    },
    onTabChange(cb) {
      const activated = (info: { tabId: number; windowId: number }) => {
        if (windowId === undefined || info.windowId === windowId) cb({ kind: 'activated', tabId: info.tabId });
      };
      const updated = (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status === 'complete' || change.url) cb({ kind: 'updated', tabId });
      };
      const message = (raw: unknown) => {
        const b = BroadcastSchema.safeParse(raw);
        if (b.success) cb({ kind: 'report', tabId: b.data.tabId });
      };
      browser.tabs.onActivated.addListener(activated);
      browser.tabs.onUpdated.addListener(updated);
      browser.runtime.onMessage.addListener(message);
      return () => {
        browser.tabs.onActivated.removeListener(activated);
        browser.tabs.onUpdated.removeListener(updated);
        browser.runtime.onMessage.removeListener(message);
      };
    },
  };
}
