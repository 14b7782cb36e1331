// lib/site-access.ts's two ports wired to browser.permissions and browser.scripting (as lib/content/browser-env.ts
// wires the content runner): used by the background and by the popup's setting, the only places that need them.
import { browser } from 'wxt/browser';
import type { PermissionsPort, ScriptsPort } from './site-access';

export const browserPermissions = (): PermissionsPort => ({
  contains: (p) => browser.permissions.contains(p),
  request: (p) => browser.permissions.request(p),
  remove: (p) => browser.permissions.remove(p),
});

export const browserScripts = (): ScriptsPort => ({
  registered: async (ids) => (await browser.scripting.getRegisteredContentScripts({ ids })).map((s) => s.id),
  register: (script) => browser.scripting.registerContentScripts([script]),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
});
