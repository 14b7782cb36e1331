// The content script's messages: the page it shows (a posting, or none), a click on the overlay, a dismissal.
// The router has already checked that each comes from the top frame of a tab and is about that frame's own site.
import { siteOf } from '../evaluate';
import type { ContentAnswer, BackgroundDeps } from './deps';
import type { Evaluator } from './evaluator';
import type { Handlers } from './router';
import type { TabStore } from './tab-store';

type ContentHandlers = Pick<Handlers, 'page:posting' | 'page:none' | 'panel:open' | 'overlay:dismiss'>;

const MAX_DISMISSED_SITES = 2000;

export function createContentHandlers(deps: BackgroundDeps, ev: Evaluator, store: TabStore): ContentHandlers {
  return {
    /** Handled before anything is awaited: opening the panel needs the click's user gesture. */
    'panel:open': (_msg, sender): ContentAnswer => {
      deps.openPanel(sender.tabId);
      return { ok: true };
    },

    'page:none': async (msg, { tabId }): Promise<ContentAnswer> => {
      await store.delete(tabId);
      await ev.publish(tabId, { evaluation: { status: 'not-posting', tabId, url: msg.url }, overlay: null, header: null, source: null, profileKey: '' });
      return null;
    },

    'page:posting': async (msg, { tabId }): Promise<ContentAnswer> => {
      const dismissed = ev.isDismissed(msg.url); // read while the page is parsed
      const overlay = await ev.evaluate(tabId, msg.url, msg.page);
      return (await dismissed) ? { kind: 'dismissed' } : overlay;
    },

    'overlay:dismiss': async (_msg, sender): Promise<ContentAnswer> => {
      const site = siteOf(sender.url);
      if (!site) return { ok: false };
      const sites = await deps.getDismissedSites();
      if (!sites.includes(site)) await deps.setDismissedSites([...sites, site].slice(-MAX_DISMISSED_SITES));
      return { ok: true };
    },
  };
}
