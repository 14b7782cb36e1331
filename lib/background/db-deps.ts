// The background's database side over Dexie: the same code in the service worker (getDb) and in tests (a database
// over fake-indexeddb), so what the tests count as writes is what the extension would write.
import { dismissedKeys, getSetting, PROFILE_KEY, savePosting, setSetting, type PostfitDb } from '../db/index';
import type { StoreDeps } from './deps';

export function dbStoreDeps(db: () => Promise<PostfitDb>): StoreDeps {
  return {
    loadProfile: async () => (await (await db()).profile.get(PROFILE_KEY)) ?? null,
    getDismissedSites: async () => getSetting(await db(), 'dismissedSites'),
    getDismissedDealbreakers: async (url) => dismissedKeys(await getSetting(await db(), 'dismissedDealbreakers'), url),
    setDismissedSites: async (sites) => setSetting(await db(), 'dismissedSites', sites),
    savePosting: async (input) => {
      const r = await savePosting(await db(), input);
      return { id: r.posting.id, created: r.created };
    },
  };
}
