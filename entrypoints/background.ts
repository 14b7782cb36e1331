// Wires lib/background/service.ts to the browser: messages, context menu, keyboard command, tabs, badge, side panel.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { z } from 'zod';
import { watchProfile } from '../lib/background/profile-watch';
import { reinjectContentScripts } from '../lib/background/reinject';
import { createBackground, MENU, type Sender } from '../lib/background/service';
import { getDb, getSetting, PROFILE_KEY, savePosting, setSetting } from '../lib/db/index';
import { taxonomyGraph } from '../lib/fit/taxonomy-graph';
import { ContentMessageSchema, PanelMessageSchema, parseMessage } from '../lib/messages';

const SelectionSchema = z.object({ text: z.string(), url: z.string(), title: z.string() });

/** Firefox's sidebar (no sidePanel API there). */
type SidebarAction = { open(): Promise<void> };

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  const isExtensionPage = (s: Sender) => s.id === browser.runtime.id && !!s.url?.startsWith(extensionOrigin);

  const bg = createBackground({
    graph: taxonomyGraph,
    loadProfile: async () => (await (await getDb()).profile.get(PROFILE_KEY)) ?? null,
    getDismissedSites: async () => getSetting(await getDb(), 'dismissedSites'),
    setDismissedSites: async (sites) => setSetting(await getDb(), 'dismissedSites', sites),
    savePosting: async (input) => {
      const r = await savePosting(await getDb(), input);
      return { id: r.posting.id, created: r.created };
    },
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
    isExtensionPage,
    session: browser.storage.session ?? null,
    now: () => Date.now(),
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (r: unknown) => void) => {
    const fromPage = isExtensionPage(sender);
    // Only messages of the protocol are answered; anything else is left to other listeners.
    if (!(fromPage ? parseMessage(PanelMessageSchema, raw) : parseMessage(ContentMessageSchema, raw))) return false;
    const answer = fromPage ? bg.onPanelMessage(raw, sender) : bg.onContentMessage(raw, sender);
    Promise.resolve(answer).then(sendResponse, () => sendResponse(null));
    return true;
  });

  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.page, title: 'Evaluate this page with Postfit', contexts: ['page'] });
      browser.contextMenus.create({ id: MENU.selection, title: 'Evaluate the selected text with Postfit', contexts: ['selection'] });
    }).catch(() => {});
    // Open board tabs get the new content script now, not at their next reload (Firefox injects it itself).
    if (!import.meta.env.FIREFOX && (details.reason === 'install' || details.reason === 'update')) {
      void reinjectContentScripts({
        contentScripts: browser.runtime.getManifest().content_scripts,
        queryTabs: (patterns) => browser.tabs.query({ url: patterns }),
        // The manifest's own script paths: what WXT's ScriptPublicPath type lists, in the manifest's spelling.
        inject: async (tabId, files) => void (await browser.scripting.executeScript({ target: { tabId }, files: files as ScriptPublicPath[] })),
      });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => bg.onMenuClick(info.menuItemId, tab?.id));
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'evaluate-page') bg.onMenuClick(MENU.page, tab?.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => void bg.onTabGone(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document (or a single-page app's pushState): the content script sends the page again shortly.
    if (change.status === 'loading') void bg.onTabLoading(tabId);
  });

  watchProfile(() => getDb(), () => void bg.onProfileChanged());
});
