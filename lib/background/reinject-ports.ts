// lib/background/reinject.ts's ports wired to browser.tabs and browser.scripting (as lib/site-access-ports.ts wires
// its own): used by the background only, after an install or an update.
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ToContentMessage } from '../messages';
import type { ReinjectDeps } from './reinject';

/** A page whose load never ends (a hung request) still gets its script after this long. */
const LOAD_WAIT_MS = 10_000;

function tabLoaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const onUpdated = (id: number, change: { status?: string }) => void (id === tabId && change.status === 'complete' && done());
    const onRemoved = (id: number) => void (id === tabId && done());
    const timer = setTimeout(() => done(), LOAD_WAIT_MS);
    function done() {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      resolve();
    }
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have finished between the query and the listeners.
    browser.tabs.get(tabId).then((t) => void (t.status !== 'loading' && done()), done);
  });
}

const PING: ToContentMessage = { type: 'ping' };

export const browserReinjectDeps = (): ReinjectDeps => ({
  contentScripts: browser.runtime.getManifest().content_scripts,
  queryTabs: (patterns) => browser.tabs.query({ url: patterns }),
  whenLoaded: tabLoaded,
  ping: (tabId) => browser.tabs.sendMessage(tabId, PING, { frameId: 0 }).then((r) => r === true, () => false),
  // The manifest's own script paths: what WXT's ScriptPublicPath type lists, in the manifest's spelling.
  inject: async (tabId, files) => void (await browser.scripting.executeScript({ target: { tabId }, files: files as ScriptPublicPath[] })),
});
