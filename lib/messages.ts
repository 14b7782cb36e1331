// The one message protocol between Postfit's contexts. Every payload is parsed with these schemas on arrival:
// a content script runs beside a hostile page, so the background trusts nothing it is sent.
// zod/mini keeps the content script small (full zod adds ~55 KB to it).
import * as z from 'zod/mini';

const MAX_TEXT = 400_000; // a posting page's text; longer input is cut by the sender, refused here
const shortText = (max: number) => z.string().check(z.maxLength(max));
const nullableText = (max: number) => z.nullable(shortText(max));

export const PageHeaderSchema = z.object({
  title: nullableText(500),
  company: nullableText(300),
  salaryText: nullableText(500),
  locationText: nullableText(500),
});

export const PageExtractionSchema = z.object({
  text: shortText(MAX_TEXT),
  header: PageHeaderSchema,
  source: z.enum(['jsonld', 'board', 'generic', 'selection']),
  board: z.nullable(shortText(40)),
});
export type PageExtractionMessage = z.infer<typeof PageExtractionSchema>;

const url = shortText(4096);
const tabId = z.number().check(z.int(), z.nonnegative());

/** Content script → background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** The page shows a posting: parse it, score it, answer with the overlay's state. */
  z.object({ type: z.literal('page:posting'), url, page: PageExtractionSchema }),
  /** The page (or the job now shown in a single-page app) is not a posting. */
  z.object({ type: z.literal('page:none'), url }),
  /** The overlay was clicked: open the side panel on this tab. */
  z.object({ type: z.literal('panel:open') }),
  /** The user dismissed the overlay on this site. */
  z.object({ type: z.literal('overlay:dismiss'), host: shortText(255) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Extension pages (side panel, popup) → background. Accepted only from the extension's own pages. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  /** The report for a tab, as last evaluated. */
  z.object({ type: z.literal('report:get'), tabId }),
  /** Evaluate a tab on demand: the page's content, or the selected text. */
  z.object({ type: z.literal('tab:evaluate'), tabId, what: z.enum(['page', 'selection']) }),
  /** Save the posting shown in a tab. */
  z.object({ type: z.literal('posting:save'), tabId }),
  /** Scroll the tab's page to a sentence and highlight it. */
  z.object({ type: z.literal('page:highlight'), tabId, sentence: shortText(5000) }),
]);
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

/** Background → content script. */
export const ToContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('highlight'), sentence: shortText(5000) }),
  /** Re-send the page: the profile changed, or the user asked to evaluate it. */
  z.object({ type: z.literal('reevaluate') }),
]);
export type ToContentMessage = z.infer<typeof ToContentMessageSchema>;

/** What the overlay shows; the background's answer to page:posting. */
export const OverlayStateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('score'),
    score: z.number().check(z.minimum(0), z.maximum(100)),
    verdict: z.enum(['strong', 'partial', 'weak']),
    missingRequired: z.number().check(z.int(), z.nonnegative()),
  }),
  z.object({ kind: z.literal('no-profile') }),
  z.object({ kind: z.literal('thin') }),
  z.object({ kind: z.literal('dismissed') }),
  z.object({ kind: z.literal('error'), message: shortText(300) }),
]);
export type OverlayState = z.infer<typeof OverlayStateSchema>;

/** Parses an incoming message; null for anything that does not fit (the caller ignores it). */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): T | null {
  const r = z.safeParse(schema, raw);
  return r.success ? r.data : null;
}
