// Wires lib/background/service.ts to the browser: messages, context menu, keyboard command, tabs, badge, side panel.
import '../lib/zod-jitless';
import '../lib/taxonomy/packaged-early';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { missingBindings } from '../lib/background/bindings';
import { dbStoreDeps } from '../lib/background/db-deps';
import { watchProfile } from '../lib/background/profile-watch';
import { reinjectContentScripts } from '../lib/background/reinject';
import { browserReinjectDeps } from '../lib/background/reinject-ports';
import { createBackground, MENU } from '../lib/background/service';
import { CONTENT_MATCHES } from '../lib/content/matches';
import { getDb } from '../lib/db/index';
import { taxonomyGraph } from '../lib/fit/taxonomy-graph';
import { syncDetector } from '../lib/site-access';
import { browserPermissions, browserScripts } from '../lib/site-access-ports';
import { taxonomyReadiness } from '../lib/background/taxonomy-ready';
import { loadPackagedTaxonomy } from '../lib/taxonomy/packaged';

const SelectionSchema = z.object({ text: z.string(), url: z.string(), title: z.string() });

/** Firefox's sidebar (no sidePanel API there). */
type SidebarAction = { open(): Promise<void> };

export default defineBackground(() => {
  const missing = missingBindings(browser);
  if (missing) {
    // Throwing here would fail the registration for the whole browser session (lib/background/bindings.ts).
    console.error(`Postfit: ${missing}; the next start will have them.`);
    return;
  }
  const bg = createBackground({
    taxonomyReady: taxonomyReadiness(loadPackagedTaxonomy),
    ...dbStoreDeps(() => getDb()),
    graph: taxonomyGraph,
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    async setBadge(tabId, badge) {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      if (badge.text) {
        await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
        await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
      }
    },
    broadcast: (msg) => void browser.runtime.sendMessage(msg).catch(() => {}), // no extension page open: fine
    sendToTab: (tabId, msg) => browser.tabs.sendMessage(tabId, msg, { frameId: 0 }),
    openPanel(tabId) {
      // No await before these calls: they need the user's gesture, which ends at the first await.
      if (browser.sidePanel?.open) browser.sidePanel.open({ tabId }).catch(() => {});
      else (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction?.open().catch(() => {});
    },
    async injectEvaluator(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/ondemand.js'] });
    },
    async readSelection(tabId) {
      const [res] = await browser.scripting.executeScript({
        target: { tabId },
        func: () => ({ text: String(getSelection() ?? ''), url: location.href, title: document.title }),
      });
      const r = SelectionSchema.safeParse(res?.result);
      return r.success ? r.data : null;
    },
    session: browser.storage.session ?? null,
    now: () => Date.now(),
    defer: (task) => void setTimeout(task, 0),
  });

  // Sender and payload are checked in lib/background/router.ts; a dropped message gets no answer. There is no
  // onMessageExternal / onConnectExternal listener and no externally_connectable in the manifest, so nothing outside
  // the extension can message it (test/background/external.test.ts).
  browser.runtime.onMessage.addListener((raw: unknown, sender: unknown, sendResponse: (r: unknown) => void) => {
    const answer = bg.receive(raw, sender);
    if (!answer) return false;
    void answer.then(sendResponse).catch(() => {}); // the sender may be gone (tab closed)
    return true;
  });

  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.page, title: 'Evaluate this page with Postfit', contexts: ['page'] });
      browser.contextMenus.create({ id: MENU.selection, title: 'Evaluate the selected text with Postfit', contexts: ['selection'] });
    }).catch(() => {});
    // Open board tabs get the new content script now, not at their next reload (Firefox injects it itself).
    if (!import.meta.env.FIREFOX && (details.reason === 'install' || details.reason === 'update')) {
      void reinjectContentScripts(browserReinjectDeps());
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => bg.onMenuClick(info.menuItemId, tab?.id));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'evaluate-page') bg.onMenuClick(MENU.page, tab?.id);
  });

  // "Detect postings on every site": the detector is registered exactly while its permission is held, checked at
  // every start and whenever the permissions change (the user may revoke site access in the browser's settings).
  const syncEverySite = () => void syncDetector(browserPermissions(), browserScripts(), CONTENT_MATCHES).catch(() => {});
  browser.permissions.onAdded.addListener(syncEverySite);
  browser.permissions.onRemoved.addListener(syncEverySite);
  syncEverySite();

  browser.tabs.onRemoved.addListener((tabId) => void bg.onTabGone(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document (or a single-page app's pushState): the content script sends the page again shortly.
    if (change.status === 'loading') void bg.onTabLoading(tabId);
  });

  watchProfile(() => getDb(), () => void bg.onProfileChanged());
});
