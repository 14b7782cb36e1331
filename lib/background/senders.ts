// Who may send the background what. A message is acted on only when its sender is one the extension knows and its
// type is one that kind of sender sends; anything else is dropped before a handler runs (no answer, no effect).
//
// Web pages cannot reach the background at all: the manifest has no externally_connectable and nothing listens to
// onMessageExternal / onConnectExternal (other extensions' messages arrive only there). What can reach
// runtime.onMessage is our own contexts: extension pages, and the content script, which runs beside a hostile page
// and may be fooled by it, so its messages are held to its own tab's top frame and that frame's origin.
import * as z from 'zod/mini';
import { siteOf } from '../badge';
import { parseMessage, type ToBackgroundMessage, type ToBackgroundType } from '../messages';
import type { ExtensionIdentity } from './deps';

/** An extension page: the side panel and popup (no tab), or one of them opened in a tab (tabId set). */
export type PageSender = { kind: 'extension-page'; url: string; tabId: number | null };
/** The content script in the top frame of a web page's tab. */
export type ContentSender = { kind: 'content'; tabId: number; url: string };
export type ClassifiedSender = PageSender | ContentSender | { kind: 'unknown' };
export type SenderKind = ClassifiedSender['kind'];

export const MESSAGE_SENDERS = {
  'page:posting': ['content'],
  'page:none': ['content'],
  'panel:open': ['content'],
  'overlay:dismiss': ['content'],
  // Profile, export, import and delete are done by extension pages directly in IndexedDB, never by message; the only
  // database write a message can cause is posting:save, so it is an extension page's alone.
  'report:get': ['extension-page'],
  'tab:evaluate': ['extension-page'],
  'posting:save': ['extension-page'],
  'page:highlight': ['extension-page'],
} as const satisfies Record<ToBackgroundType, readonly Exclude<SenderKind, 'unknown'>[]>;

/** The sender a handler of type T gets: one of the kinds MESSAGE_SENDERS allows for T. */
export type SenderFor<T extends ToBackgroundType> = Extract<ClassifiedSender, { kind: (typeof MESSAGE_SENDERS)[T][number] }>;

const tabIdOk = (n: number) => Number.isInteger(n) && n >= 0 && !Object.is(n, -0);

const RawSenderSchema = z.looseObject({
  id: z.string(),
  url: z.string(),
  origin: z.optional(z.string()),
  frameId: z.optional(z.number()),
  tab: z.optional(z.looseObject({ id: z.optional(z.number()) })),
});

function httpOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Sorts a browser.runtime.MessageSender into the kinds above; 'unknown' for anything else. */
export function classifySender(raw: unknown, self: ExtensionIdentity): ClassifiedSender {
  const unknown = { kind: 'unknown' } as const;
  const s = parseMessage(RawSenderSchema, raw);
  if (!s || !self.id || s.id !== self.id || !self.baseUrl.endsWith('/')) return unknown;
  const tabId = s.tab ? s.tab.id : null;
  if (tabId === undefined || (tabId !== null && !tabIdOk(tabId))) return unknown;
  // A sub-frame never speaks for its tab: neither script is in sub-frames (no all_frames; executeScript targets
  // the main frame), and an extension page framed inside some page is not one the user opened.
  if (tabId !== null && s.frameId !== 0) return unknown;

  // The base URL ends with '/', so a prefix match pins the scheme and host (the authority ends at that slash).
  if (s.url.startsWith(self.baseUrl)) {
    if (s.origin !== undefined && s.origin !== self.baseUrl.slice(0, -1)) return unknown;
    return { kind: 'extension-page', url: s.url, tabId };
  }
  if (tabId === null) return unknown; // a content script always has a tab
  const origin = httpOrigin(s.url);
  if (!origin || (s.origin !== undefined && s.origin !== origin)) return unknown;
  return { kind: 'content', tabId, url: s.url };
}

/** Is this message one this sender may send? Content messages must also be about the sender's own page. */
export function admits(msg: ToBackgroundMessage, sender: ClassifiedSender): boolean {
  if (sender.kind === 'unknown') return false;
  if (!(MESSAGE_SENDERS[msg.type] as readonly SenderKind[]).includes(sender.kind)) return false;
  if (sender.kind !== 'content') return true;
  switch (msg.type) {
    case 'page:posting':
    case 'page:none':
      return httpOrigin(msg.url) === httpOrigin(sender.url);
    case 'overlay:dismiss':
      return msg.host === siteOf(sender.url);
    default:
      return true;
  }
}
