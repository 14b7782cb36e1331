// Schemas of the records stored in the database (current version). Every write and every import is
// checked against these, so the tables only ever hold data the UI can render.
import { z } from 'zod';
import { PostingRecordSchema } from '../schemas';
import { RESERVED_KEYS } from './json-shape';
import { POSTING_STATUSES, type PostingStatus } from './statuses';

export { POSTING_STATUSES, type PostingStatus };
export const PostingStatusSchema = z.enum(POSTING_STATUSES);

/** Posting pages can be long (the parser is benchmarked on 200 KB); 1 M chars leaves room without letting
 * one imported record take hundreds of megabytes. */
export const MAX_POSTING_TEXT = 1_000_000;
export const MAX_RECORD_JSON = 1_000_000;
export const MAX_URL = 4096;

/** Size of a value once serialised; used to bound free-form JSON (parsed record, setting values). */
export function jsonSize(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return Infinity; // cycles or BigInt: cannot be stored or exported anyway
  }
}

export const SavedPostingSchema = z.object({
  id: z.string().min(1).max(200),
  /** The key of the posting: saving the same url twice updates the record (see savePosting). */
  url: z.string().min(1).max(MAX_URL),
  board: z.string().max(100),
  title: z.string().max(1000).nullable(),
  company: z.string().max(1000).nullable(),
  savedAt: z.number().int().min(0),
  status: PostingStatusSchema,
  note: z.string().max(20_000),
  record: PostingRecordSchema.refine((r) => jsonSize(r) <= MAX_RECORD_JSON, {
    message: `parsed record larger than ${MAX_RECORD_JSON} characters`,
  }),
  text: z.string().max(MAX_POSTING_TEXT),
  score: z.number().nullable(),
  /** Version of the fit formula that produced score; a newer formula means the score must be recomputed. */
  formulaVersion: z.string().max(50).nullable(),
});
export type SavedPosting = z.infer<typeof SavedPostingSchema>;

/** Known settings and their value schemas. Unknown keys are still stored (forward compatibility of
 * backups made by a newer version) but must be plain, bounded JSON. */
/** Dismissed dealbreakers kept per posting, newest last; the oldest are dropped beyond this (lib/db/dismissals.ts). */
export const MAX_DISMISSED_POSTINGS = 1000;

export const DismissalSchema = z.object({
  /** The posting's canonical url (canonicalPostingUrl). */
  url: z.string().min(1).max(MAX_URL),
  /** Dealbreaker keys (Dealbreaker.key) the user called "not a dealbreaker for me" on it. */
  keys: z.array(z.string().min(1).max(200)).min(1).max(50),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

export const KnownSettingSchemas = {
  dismissedSites: z.array(z.string().min(1).max(253)).max(2000),
  onboardingDone: z.boolean(),
  dismissedDealbreakers: z.array(DismissalSchema).max(MAX_DISMISSED_POSTINGS),
} as const;
export type KnownSettings = { [K in keyof typeof KnownSettingSchemas]: z.infer<(typeof KnownSettingSchemas)[K]> };
export type SettingKey = keyof KnownSettings;

export const SETTING_DEFAULTS: KnownSettings = { dismissedSites: [], onboardingDone: false, dismissedDealbreakers: [] };

export const MAX_SETTING_JSON = 1_000_000;

export const SettingRowSchema = z
  .object({
    key: z
      .string()
      .min(1)
      .max(100)
      .refine((k) => !RESERVED_KEYS.has(k), { message: 'not a setting name (reserved)' }),
    value: z.json(),
  })
  .superRefine((row, ctx) => {
    if (jsonSize(row.value) > MAX_SETTING_JSON) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `value larger than ${MAX_SETTING_JSON} characters` });
      return;
    }
    // Own keys only: "toString" or "constructor" must not find Object.prototype's members.
    const known = Object.hasOwn(KnownSettingSchemas, row.key) ? (KnownSettingSchemas as Record<string, z.ZodType>)[row.key] : undefined;
    if (!known) return;
    const r = known.safeParse(row.value);
    for (const issue of r.success ? [] : r.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['value', ...issue.path.map((p) => p as string | number)], message: issue.message });
    }
  });
export type SettingRow = z.infer<typeof SettingRowSchema>;
