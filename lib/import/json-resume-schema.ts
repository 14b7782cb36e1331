// The parts of a JSON Resume (https://jsonresume.org/schema, v1.0.0) the import reads, checked with zod. Lenient about
// everything else: unknown keys pass, and null stands for a missing value (several resume builders write it). Strict
// about the types of the fields read, so a wrong one gets a message naming it rather than a silent gap.
//
// Postfit's extension: a skill exported by Postfit carries
//   "x-postfit": { "id": "postgresql", "years": 6, "level": "expert" }
// (its taxonomy id, years of experience or null, and one of learning|working|expert); on import these win over
// anything the work dates imply. The schema lets items hold extra keys.
import { z } from 'zod';
import { MAX_LIST, MAX_SKILLS, SkillLevelSchema, nameString } from '../profile/schema';

export const EXTENSION = 'x-postfit';
export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const NOW_WORDS = /^(?:present|now|current|ongoing|today)$/i;

const text = (max = 200) => z.string().max(max).nullish();
const date = z.string().regex(DATE, 'expected a date like 2019, 2019-03 or 2019-03-15').nullish();
/** An end date may also be empty or "present": the entry has not ended. */
const endDate = z
  .string()
  .refine((s) => !s.trim() || NOW_WORDS.test(s.trim()) || DATE.test(s), 'expected a date like 2019, 2019-03 or 2019-03-15')
  .nullish();

export const SkillExtensionSchema = z.object({
  id: nameString().optional(),
  years: z.number().min(0).max(60).nullable(),
  level: SkillLevelSchema,
});

export const JsonResumeSchema = z.looseObject({
  skills: z
    .array(
      z.looseObject({
        name: text(),
        level: text(),
        keywords: z.array(z.string().max(200)).max(500).nullish(),
        [EXTENSION]: SkillExtensionSchema.nullish(),
      }),
    )
    .max(MAX_SKILLS)
    .nullish(),
  work: z
    .array(
      z.looseObject({
        name: text(),
        /** The company's field before v1.0.0. */
        company: text(),
        position: text(),
        startDate: date,
        endDate,
        summary: text(20_000),
        highlights: z.array(z.string().max(5000)).max(200).nullish(),
      }),
    )
    .max(500)
    .nullish(),
  languages: z.array(z.looseObject({ language: text(100), fluency: text() })).max(200).nullish(),
  // A certificate's date is only shown beside it, so any wording passes ("Nov 2021" as well as "2021-11").
  certificates: z.array(z.looseObject({ name: text(), issuer: text(), date: text(100) })).max(MAX_LIST).nullish(),
  education: z.array(z.looseObject({ institution: text(), area: text(), studyType: text() })).max(100).nullish(),
});
export type JsonResume = z.infer<typeof JsonResumeSchema>;
