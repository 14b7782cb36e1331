import { z } from 'zod';

export const SalarySchema = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['year', 'month', 'hour']),
});
export type Salary = z.infer<typeof SalarySchema>;

export const DegreeSchema = z.enum(['bachelor', 'master', 'phd']).nullable();
export type Degree = z.infer<typeof DegreeSchema>;

/** Where a listed item was found: the sentence a user is shown as the reason. */
export const EvidenceSchema = z.object({
  item: z.string(),
  sentence: z.string(),
  bucket: z.enum(['required', 'preferred']),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Statements of the record whose sentence can be kept (PostingRecord.sentences). */
export const SENTENCE_KEYS = ['visa', 'workAuthorization', 'remote', 'salary', 'degree', 'minYears', 'languages'] as const;
export type SentenceKey = (typeof SENTENCE_KEYS)[number];

export const VisaSchema = z.enum(['offered', 'not_offered', 'not_said']);

/** A spoken language asked for: its level ("fluent", "C1", …, null when none is stated) and whether it is only preferred. */
export const LanguageNeedSchema = z.object({
  name: z.string(),
  level: z.enum(['native', 'fluent', 'professional', 'good', 'basic', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']).nullable(),
  preferred: z.boolean(),
});
export type LanguageNeed = z.infer<typeof LanguageNeedSchema>;

export const PostingRecordSchema = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  required: z.array(z.string()),
  preferred: z.array(z.string()),
  minYears: z.number().nonnegative().nullable(),
  degree: DegreeSchema,
  certifications: z.array(z.string()),
  languages: z.array(z.string()),
  remote: z.boolean().nullable(),
  salary: SalarySchema.nullable(),
  // Extra keys beyond the ten of the contract.
  /** Taxonomy ids of required and preferred items, same order as the name lists. */
  requiredIds: z.array(z.string()),
  preferredIds: z.array(z.string()),
  /** Groups of alternatives ("AWS or GCP"): each group lists every member's name; any one meets it. */
  alternatives: z.array(z.array(z.string())),
  evidence: z.array(EvidenceSchema),
  visaSponsorship: VisaSchema,
  securityClearance: z.string().nullable(),
  workAuthorization: z.string().nullable(),
  /** The languages of `languages`, same order, with level and required/preferred. Absent in records stored before it. */
  languageNeeds: z.array(LanguageNeedSchema).optional(),
  url: z.string().nullable(),
  /** The sentence a statement was read from (visa sponsorship, work authorisation, …), to show with it. Optional:
   *  records saved before it existed have none. */
  sentences: z.partialRecord(z.enum(SENTENCE_KEYS), z.string().max(2000)).optional(),
});
export type PostingRecord = z.infer<typeof PostingRecordSchema>;
