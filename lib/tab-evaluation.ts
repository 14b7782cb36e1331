// What the background knows about a tab's page, as the side panel asks for it (report:get) and is told of it
// (report:updated). Background and extension pages only: the content script never loads full zod.
import { z } from 'zod';
import { PostingRecordSchema } from './schemas';
import { FitReportSchema } from './fit/types';

export const TabEvaluationSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('posting'),
    tabId: z.number().int().nonnegative(),
    url: z.string(),
    board: z.string().nullable(),
    record: PostingRecordSchema,
    /** The text the record was parsed from: saved with the posting, and searched for highlights. */
    text: z.string(),
    /** Null before the user has a profile. */
    report: FitReportSchema.nullable(),
    evaluatedAt: z.number(),
  }),
  z.object({ status: z.literal('not-posting'), tabId: z.number().int().nonnegative(), url: z.string() }),
  z.object({ status: z.literal('unknown'), tabId: z.number().int().nonnegative() }),
]);
export type TabEvaluation = z.infer<typeof TabEvaluationSchema>;

/** Background → extension pages, broadcast: a tab's evaluation changed; ask for it with report:get. */
export const BroadcastSchema = z.object({ type: z.literal('report:updated'), tabId: z.number().int().nonnegative() });
export type Broadcast = z.infer<typeof BroadcastSchema>;

/** Why Postfit could not read a tab's page when asked to (tab:evaluate): not allowed there yet, or a page the browser
 *  lets no extension read. Never stored: the tab's evaluation stays what it was. */
export const UnreadableSchema = z.object({
  status: z.literal('unreadable'),
  tabId: z.number().int().nonnegative(),
  reason: z.enum(['no-access', 'restricted']),
});
export type Unreadable = z.infer<typeof UnreadableSchema>;

/** The answer to tab:evaluate: the tab's evaluation once Postfit has read the page, or why it could not. */
export const EvaluateAnswerSchema = z.union([TabEvaluationSchema, UnreadableSchema]);
export type EvaluateAnswer = z.infer<typeof EvaluateAnswerSchema>;
