// The background's logic, free of browser APIs: everything it touches (profile, settings, badge, tabs, side panel)
// comes in as BackgroundDeps, so it runs in unit tests as it does in the service worker (entrypoints/background.ts
// only wires these to browser.*). Messages go through one router (router.ts) that checks sender and payload before
// any handler of content-handlers.ts or panel-handlers.ts runs; menu.ts has the context menu; tab-store.ts the
// per-tab state.
import { badgeFor } from '../evaluate';
import { createContentHandlers } from './content-handlers';
import type { BackgroundDeps } from './deps';
import { createEvaluator } from './evaluator';
import { createMenuHandler } from './menu';
import { createPanelHandlers } from './panel-handlers';
import { createRouter } from './router';
import { TabStore } from './tab-store';

export type { BackgroundDeps, ContentAnswer, ExtensionIdentity, SaveInput, Sender } from './deps';
export { MENU } from './menu';

export function createBackground(deps: BackgroundDeps) {
  const store = new TabStore(deps.session);
  const ev = createEvaluator(deps, store);
  const receive = createRouter(deps.self, {
    ...createContentHandlers(deps, ev, store),
    ...createPanelHandlers(deps, ev, store),
  });

  /** The profile changed: every tab's report is redone, and each page's overlay asked to refresh. */
  async function onProfileChanged(): Promise<void> {
    const profile = await ev.profileOrNull();
    for (const tabId of await store.tabIds()) {
      const entry = await store.get(tabId);
      if (!entry || entry.evaluation.status !== 'posting') continue;
      await ev.refresh(tabId, entry, profile);
      deps.sendToTab(tabId, { type: 'reevaluate' }).catch(() => {});
    }
  }

  async function onTabGone(tabId: number): Promise<void> {
    ev.forget(tabId);
    await store.delete(tabId);
  }

  /** A new document is loading in the tab: what was known about the old one no longer holds. */
  async function onTabLoading(tabId: number): Promise<void> {
    if (!(await store.get(tabId))) return;
    await store.delete(tabId);
    await deps.setBadge(tabId, badgeFor(null)).catch(() => {});
    deps.broadcast({ type: 'report:updated', tabId });
  }

  return { receive, onMenuClick: createMenuHandler(deps, ev), onProfileChanged, onTabGone, onTabLoading, store };
}
