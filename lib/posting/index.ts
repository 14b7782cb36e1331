import { PostingRecordSchema, type PostingRecord } from '../schemas';
import type { PostingHeader, Unit } from './types';
import { normalizeText } from './normalize';
import { restoreLineBreaks } from './line-breaks';
import { readHeader } from './header';
import { hasRequirementsPart, splitSections } from './sections';
import { toUnits } from './units';
import { extractSkills, type OpenVocab, type SkillResult } from './skills';
import { findSalary } from './salary';
import { findMinYears } from './years';
import { findDegree } from './degree';
import { findLanguageNeeds } from './languages';
import { findCertifications } from './certifications';
import { findRemote } from './remote';
import { findSecurityClearance, readVisaSponsorship, readWorkAuthorization } from './extras';
import { fallbackUnits } from './fallback';
import { isProfileSentence } from './profile-sentences';
import { statedSentences } from './sentences';
import { lowerCaseWords } from './open-vocab';
import { clearMemos } from './fields/memo';
import { getConcept } from '../taxonomy/match';

export interface ParseOptions {
  url?: string | null;
  /** Header data a page adapter read from the board's own markup; it wins over what the text suggests. */
  header?: Partial<PostingHeader> | null;
}

const REQUIREMENT_KINDS = new Set(['requirements', 'preferred']);

function mergeHeader(fromText: PostingHeader, fromPage?: Partial<PostingHeader> | null): PostingHeader {
  if (!fromPage) return fromText;
  const pick = (k: keyof PostingHeader) => fromPage[k]?.trim() || fromText[k];
  return { title: pick('title'), company: pick('company'), salaryText: pick('salaryText'), locationText: pick('locationText') };
}

// A stack part ("Our tech stack", "Technologies we use") is what the company uses: beside requirements that name
// skills it is not asked for, as the spec's labels have it. Beside requirements that name almost no hard skill
// ("7+ years in the games industry", "great communication") it is the only word on what the job needs, and it is
// read with them.
const THIN_REQUIREMENTS = 3;
function withStack(skills: SkillResult, units: Unit[], reqUnits: Unit[], company: string | null, open: OpenVocab): SkillResult {
  const hard = [...skills.required, ...skills.preferred].filter((m) => !getConcept(m.id)?.soft).length;
  if (hard >= THIN_REQUIREMENTS) return skills;
  const stack = units.filter((u) => u.sectionKind === 'stack');
  return stack.length === 0 ? skills : extractSkills([...reqUnits, ...stack], company, open);
}

/** The one parser: posting text (markdown or plain, any of the five languages) in, a valid posting record out. */
export function parsePosting(raw: unknown, options: ParseOptions = {}): PostingRecord {
  clearMemos(); // per-parse caches start empty: no posting reuses another's work
  const text = normalizeText(typeof raw === 'string' ? raw : '');
  const { header: textHeader, body: read } = readHeader(text, { url: options.url ?? null });
  const body = restoreLineBreaks(read);
  const header = mergeHeader(textHeader, options.header);
  const sections = splitSections(body);
  const units = toUnits(sections);
  const hasPart = hasRequirementsPart(sections);
  // With a requirements part, profile sentences elsewhere join it (profile-sentences.ts); without one, the fallback
  // reads every sentence that speaks to the candidate anyway.
  const reqUnits: Unit[] = hasPart ? units.filter((u) => REQUIREMENT_KINDS.has(u.sectionKind) || isProfileSentence(u)) : fallbackUnits(units, header.title);
  // Names no list holds are read only where the posting says what it requires.
  const open = hasPart ? { lowerWords: lowerCaseWords(body) } : null;
  const found = extractSkills(reqUnits, header.company, open);
  const skills = open ? withStack(found, units, reqUnits, header.company, open) : found;
  const visa = readVisaSponsorship(text);
  const auth = readWorkAuthorization(text);
  const minYears = findMinYears(units);
  const degree = findDegree(units);
  const languageNeeds = findLanguageNeeds(units);
  const languages = languageNeeds.map((l) => l.name);
  const sentences: NonNullable<PostingRecord['sentences']> = statedSentences(units, { minYears, degree, languages });
  if (visa.sentence) sentences.visa = visa.sentence;
  if (auth.sentence) sentences.workAuthorization = auth.sentence;
  const record: PostingRecord = {
    title: header.title,
    company: header.company,
    required: skills.required.map((m) => m.name),
    preferred: skills.preferred.map((m) => m.name),
    // These pick the requirement parts themselves, and also read stated minimums elsewhere ("a minimum of 8 years").
    minYears,
    degree,
    certifications: findCertifications(units),
    languages,
    remote: findRemote(text, header),
    salary: findSalary(text, header),
    requiredIds: skills.required.map((m) => m.id),
    preferredIds: skills.preferred.map((m) => m.id),
    alternatives: skills.alternatives,
    evidence: skills.evidence,
    visaSponsorship: visa.value,
    securityClearance: findSecurityClearance(text),
    workAuthorization: auth.value,
    languageNeeds,
    url: options.url ?? null,
    sentences,
  };
  return PostingRecordSchema.parse(record);
}
