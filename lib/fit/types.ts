import { z } from 'zod';

export const FORMULA_VERSION = 'fit-1';

export const FitItemSchema = z.object({
  /** Display name; for a group of alternatives, the members joined with " or ". */
  name: z.string(),
  ids: z.array(z.string()),
  bucket: z.enum(['required', 'preferred']),
  status: z.enum(['met', 'partly', 'missing']),
  soft: z.boolean(),
  /** The profile skill that meets it, when it is met through the taxonomy rather than by name. */
  via: z.string().nullable(),
  sentence: z.string().nullable(),
});
export type FitItem = z.infer<typeof FitItemSchema>;

export const DealbreakerSchema = z.object({
  kind: z.enum(['years', 'degree', 'language', 'certification', 'remote', 'salary', 'visa']),
  message: z.string(),
  /** Names it within its posting, for a dismissal: the kind, and for a language which one ("language:japanese"). */
  key: z.string().max(200),
  /** The posting's sentence it comes from, when the parser kept it. */
  sentence: z.string().nullable(),
  /** The user said "not a dealbreaker for me" for this posting: shown, but it no longer caps the score. */
  dismissed: z.boolean(),
});
export type Dealbreaker = z.infer<typeof DealbreakerSchema>;

export const FitReportSchema = z.object({
  /** 0-100, or null when the posting names too few requirements to judge. */
  score: z.number().min(0).max(100).nullable(),
  verdict: z.enum(['strong', 'partial', 'weak', 'unknown']),
  formulaVersion: z.string(),
  items: z.array(FitItemSchema),
  dealbreakers: z.array(DealbreakerSchema),
  notes: z.array(z.string()),
  /** The posting's pay beside the user's minimum, converted when currency or period differ (lib/fit/pay.ts). */
  pay: z
    .object({ text: z.string(), belowMinimum: z.boolean().nullable() })
    .nullable()
    .optional(),
  /** What the posting says about visa sponsorship and work authorisation, each with its sentence. */
  work: z.array(z.object({ label: z.string(), sentence: z.string().nullable(), blocking: z.boolean() })).optional(),
});
export type FitReport = z.infer<typeof FitReportSchema>;

/** What the scorer needs of the taxonomy; injected so the scorer stays pure and testable. */
export interface SkillGraph {
  /** Every ancestor of a skill (transitive), nearest first. */
  ancestors(id: string): string[];
  isSoft(id: string): boolean;
  name(id: string): string | undefined;
}
