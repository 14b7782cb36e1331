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
  kind: z.enum(['years', 'degree', 'language', 'certification', 'remote', 'salary']),
  message: z.string(),
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
});
export type FitReport = z.infer<typeof FitReportSchema>;

/** What the scorer needs of the taxonomy; injected so the scorer stays pure and testable. */
export interface SkillGraph {
  /** Every ancestor of a skill (transitive), nearest first. */
  ancestors(id: string): string[];
  isSoft(id: string): boolean;
  name(id: string): string | undefined;
}
