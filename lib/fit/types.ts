import { z } from 'zod';

export const FORMULA_VERSION = 'fit-2';

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
  /** The posting stresses it (must-have, core, significant, critical, a number of years): it weighs more. */
  emphasized: z.boolean(),
  /** Its weight in the formula (score.ts) and the points it earned; the points of all items and the
   * adjustments add up to the score. */
  weight: z.number().min(0),
  points: z.number(),
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
  /** How many requirements the posting was found to state: skill items plus certifications and languages. */
  found: z.number().int().min(0),
  /** Few requirements found: the verdict cannot be "strong" on so little. */
  confidence: z.enum(['low', 'normal']),
  /** The posting is from another field than the profile's (its name, e.g. "healthcare"), or null. */
  otherField: z.string().nullable(),
  /** What moved the score after the items: caps, each with its points (negative). Items' points + these = score. */
  adjustments: z.array(z.object({ label: z.string(), points: z.number() })),
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
  /** The taxonomy category ("cloud", "healthcare"…), for the field of a skill. */
  category?(id: string): string | undefined;
  /** Open-data implications beyond ancestors (ESCO broader, O*NET categories), transitive. */
  implies?(id: string): string[];
  /** Skill ids named in a short text (a posting's title). */
  skillsIn?(text: string): string[];
}
