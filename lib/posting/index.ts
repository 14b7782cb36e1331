import { PostingRecordSchema, type PostingRecord } from '../schemas';
import type { PostingHeader, Unit } from './types';
import { normalizeText } from './normalize';
import { readHeader } from './header';
import { hasRequirementsPart, splitSections } from './sections';
import { toUnits } from './units';
import { extractSkills } from './skills';
import { findSalary } from './salary';
import { findMinYears } from './years';
import { findDegree } from './degree';
import { findLanguageNeeds } from './languages';
import { findCertifications } from './certifications';
import { findRemote } from './remote';
import { findSecurityClearance, findVisaSponsorship, findWorkAuthorization } from './extras';
import { fallbackUnits } from './fallback';
import { clearMemos } from './fields/memo';

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

/** The one parser: posting text (markdown or plain, any of the five languages) in, a valid posting record out. */
export function parsePosting(raw: unknown, options: ParseOptions = {}): PostingRecord {
  clearMemos(); // per-parse caches start empty: no posting reuses another's work
  const text = normalizeText(typeof raw === 'string' ? raw : '');
  const { header: textHeader, body } = readHeader(text, { url: options.url ?? null });
  const header = mergeHeader(textHeader, options.header);
  const sections = splitSections(body);
  const units = toUnits(sections);
  const reqUnits: Unit[] = hasRequirementsPart(sections)
    ? units.filter((u) => REQUIREMENT_KINDS.has(u.sectionKind))
    : fallbackUnits(units);
  const skills = extractSkills(reqUnits, header.company);
  const languageNeeds = findLanguageNeeds(units);
  const record: PostingRecord = {
    title: header.title,
    company: header.company,
    required: skills.required.map((m) => m.name),
    preferred: skills.preferred.map((m) => m.name),
    // These pick the requirement parts themselves, and also read stated minimums elsewhere ("a minimum of 8 years").
    minYears: findMinYears(units),
    degree: findDegree(units),
    certifications: findCertifications(units),
    languages: languageNeeds.map((l) => l.name),
    remote: findRemote(text, header),
    salary: findSalary(text, header),
    requiredIds: skills.required.map((m) => m.id),
    preferredIds: skills.preferred.map((m) => m.id),
    alternatives: skills.alternatives,
    evidence: skills.evidence,
    visaSponsorship: findVisaSponsorship(text),
    securityClearance: findSecurityClearance(text),
    workAuthorization: findWorkAuthorization(text),
    languageNeeds,
    url: options.url ?? null,
  };
  return PostingRecordSchema.parse(record);
}
