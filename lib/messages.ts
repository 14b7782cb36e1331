// The one message protocol between Postfit's contexts. Every payload is parsed with these schemas on arrival:
// a content script runs beside a hostile page, so the background trusts nothing it is sent.
// zod/mini keeps the content script small (full zod adds ~55 KB to it).
import * as z from 'zod/mini';

const MAX_TEXT = 400_000; // a posting page's text; longer input is cut by the sender, refused here
const shortText = (max: number) => z.string().check(z.maxLength(max));
const nullableText = (max: number) => z.nullable(shortText(max));

export const PageHeaderSchema = z.strictObject({
  title: nullableText(500),
  company: nullableText(300),
  salaryText: nullableText(500),
  locationText: nullableText(500),
});

export const PageExtractionSchema = z.strictObject({
  text: shortText(MAX_TEXT),
  header: PageHeaderSchema,
  source: z.enum(['jsonld', 'board', 'generic', 'selection']),
  board: z.nullable(shortText(40)),
});
export type PageExtractionMessage = z.infer<typeof PageExtractionSchema>;

const url = shortText(4096);
// Browsers never use -0 as a tab id; refusing it keeps "tab 0" and "tab -0" from being two keys anywhere.
const tabId = z.number().check(z.int(), z.nonnegative(), z.refine((n) => !Object.is(n, -0)));

// Strict objects: our own senders never add keys, so a message with extra keys did not come from them.
const PagePosting = z.strictObject({ type: z.literal('page:posting'), url, page: PageExtractionSchema });
const PageNone = z.strictObject({ type: z.literal('page:none'), url });
const PanelOpen = z.strictObject({ type: z.literal('panel:open') });
const OverlayDismiss = z.strictObject({ type: z.literal('overlay:dismiss'), host: shortText(255) });
const ReportGet = z.strictObject({ type: z.literal('report:get'), tabId });
const TabEvaluate = z.strictObject({ type: z.literal('tab:evaluate'), tabId, what: z.enum(['page', 'selection']) });
const PostingSave = z.strictObject({ type: z.literal('posting:save'), tabId });
const PageHighlight = z.strictObject({ type: z.literal('page:highlight'), tabId, sentence: shortText(5000) });

/** Content script → background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** The page shows a posting: parse it, score it, answer with the overlay's state. */
  PagePosting,
  /** The page (or the job now shown in a single-page app) is not a posting. */
  PageNone,
  /** The overlay was clicked: open the side panel on this tab. */
  PanelOpen,
  /** The user dismissed the overlay on this site. */
  OverlayDismiss,
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Extension pages (side panel, popup) → background. Accepted only from the extension's own pages. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  /** The report for a tab, as last evaluated. */
  ReportGet,
  /** Evaluate a tab on demand: the page's content, or the selected text. */
  TabEvaluate,
  /** Save the posting shown in a tab. */
  PostingSave,
  /** Scroll the tab's page to a sentence and highlight it. */
  PageHighlight,
]);
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

/** Everything the background accepts; who may send which type is lib/background/senders.ts's MESSAGE_SENDERS. */
export const ToBackgroundMessageSchema = z.discriminatedUnion('type', [
  PagePosting,
  PageNone,
  PanelOpen,
  OverlayDismiss,
  ReportGet,
  TabEvaluate,
  PostingSave,
  PageHighlight,
]);
export type ToBackgroundMessage = z.infer<typeof ToBackgroundMessageSchema>;
export type ToBackgroundType = ToBackgroundMessage['type'];

/** Background → content script. */
export const ToContentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('highlight'), sentence: shortText(5000) }),
  /** Re-send the page: the profile changed, or the user asked to evaluate it. */
  z.strictObject({ type: z.literal('reevaluate') }),
  /** Is a live Postfit script in this tab? Answered true; a script cut off by an update cannot hear it. */
  z.strictObject({ type: z.literal('ping') }),
]);
export type ToContentMessage = z.infer<typeof ToContentMessageSchema>;

/** A statement the overlay shows beside the score: "No visa sponsorship" with its sentence; blocking when it is a
 *  dealbreaker for this profile. */
export const OverlayNoteSchema = z.object({
  label: shortText(200),
  sentence: nullableText(600),
  blocking: z.boolean(),
});
export type OverlayNote = z.infer<typeof OverlayNoteSchema>;

/** What the overlay shows; the background's answer to page:posting. */
export const OverlayStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('score'),
    score: z.number().check(z.minimum(0), z.maximum(100)),
    verdict: z.enum(['strong', 'partial', 'weak']),
    missingRequired: z.number().check(z.int(), z.nonnegative()),
    /** How many requirements the posting was found to state (skills, certifications, languages). */
    found: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(100000))),
    /** Visa sponsorship and work authorisation statements (lib/fit FitReport.work), at most three. */
    work: z.optional(z.array(OverlayNoteSchema).check(z.maxLength(3))),
  }),
  z.object({ kind: z.literal('no-profile') }),
  z.object({ kind: z.literal('thin') }),
  z.object({ kind: z.literal('dismissed') }),
  z.object({ kind: z.literal('error'), message: shortText(300) }),
]);
export type OverlayState = z.infer<typeof OverlayStateSchema>;

/** Parses an incoming message; null for anything that does not fit (the caller ignores it). Never throws: a value
 *  built in this realm (a test, a compromised context) could carry throwing getters, which messaging would not. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): T | null {
  try {
    const r = z.safeParse(schema, raw);
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** browser.runtime.id and browser.runtime.getURL('/'): whose messages are trusted. */
export interface ExtensionIdentity {
  id: string;
  /** The extension's base URL with its trailing slash, e.g. chrome-extension://abcdef/ */
  baseUrl: string;
}

// Only the extension's background (or one of its pages) sends to a content script, through tabs.sendMessage: its
// sender has our id, no tab, and (when the browser says) an address and origin of the extension's own.
// Content scripts, which do have a tab, cannot message each other.
const FromExtensionSchema = z.looseObject({
  id: z.string(),
  url: z.optional(z.string()),
  origin: z.optional(z.string()),
  tab: z.optional(z.undefined()),
});

/** In a content script: did this message come from the extension itself rather than from a tab? */
export function isFromExtension(sender: unknown, self: ExtensionIdentity): boolean {
  const s = parseMessage(FromExtensionSchema, sender);
  if (!s || !self.id || s.id !== self.id || !self.baseUrl.endsWith('/')) return false;
  return (s.url === undefined || s.url.startsWith(self.baseUrl)) && (s.origin === undefined || s.origin === self.baseUrl.slice(0, -1));
}
