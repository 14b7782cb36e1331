// Reads a JSON Resume (schema v1.0.0) into an import proposal: skills[] names and keywords, years for the skills each
// work entry's position, summary and highlights name (from its dates), spoken languages, certificates and the highest
// degree in education[]. Never throws: a broken file gets one sentence naming what is wrong.
import { formatPath } from '../db/issues';
import type { SkillLevel } from '../profile/schema';
import { entryRange } from './dates';
import { degreeOf, highestDegree } from './degree';
import { EXTENSION, JsonResumeSchema } from './json-resume-schema';
import { languageLevel } from './language-level';
import type { ImportLookups, ImportResult, ProposedCertification, ProposedDegree, ProposedLanguage } from './proposal';
import { SkillGatherer } from './skills';

export const JSON_RESUME_MESSAGES = {
  notJson: 'This file is not valid JSON, so it is not a JSON Resume; export it again from the tool that made it.',
  notResume: 'This JSON file is not a JSON Resume: it has none of skills, work, languages, certificates or education.',
  field: (field: string, problem: string) => `This JSON Resume cannot be read: ${field} is wrong (${problem}); fix it or export it again.`,
  nothing: 'This JSON Resume lists no skills, work, languages, certificates or degree that Postfit can use.',
};

const SECTIONS = ['skills', 'work', 'languages', 'certificates', 'education'];

/** A JSON Resume skill's free-text level to the profile's three; null when the word says nothing clear. */
export function skillLevelOf(word: string | null | undefined): SkillLevel | undefined {
  if (!word) return undefined;
  if (/\b(?:expert|master|advanced|senior|guru|lead)\b/i.test(word)) return 'expert';
  if (/\b(?:beginner|novice|basic|learning|junior|elementary|familiar)\b/i.test(word)) return 'learning';
  if (/\b(?:intermediate|working|proficient|competent|good|experienced|professional)\b/i.test(word)) return 'working';
  return undefined;
}

export function readJsonResume(text: string, lookups: ImportLookups): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: JSON_RESUME_MESSAGES.notJson };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || !SECTIONS.some((k) => k in value)) {
    return { ok: false, error: JSON_RESUME_MESSAGES.notResume };
  }
  const parsed = JsonResumeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const problem = issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message.replace(/^(Too big|Too small|Invalid input): /, '');
    return { ok: false, error: JSON_RESUME_MESSAGES.field(formatPath(issue.path), problem) };
  }
  const r = parsed.data;
  const gather = new SkillGatherer(lookups);

  for (const s of r.skills ?? []) {
    const ext = s[EXTENSION];
    const level = ext?.level ?? skillLevelOf(s.level);
    const name = s.name?.trim() ?? '';
    const keywords = (s.keywords ?? []).map((k) => k.trim()).filter(Boolean);
    // JSON Resume's own example names a group ("Web Development") and lists its skills as keywords: a name the
    // taxonomy does not know, above keywords, is that group's label and not proposed as a skill itself.
    const isGroup = keywords.length > 0 && !!name && !lookups.byName(name);
    if (name && !isGroup) {
      const years = ext ? { value: ext.years, source: 'your Postfit export' } : undefined;
      gather.addName(name, 'JSON Resume skills', { id: ext?.id, level, years });
    }
    for (const k of keywords) gather.addName(k, name ? `JSON Resume skills: ${name}` : 'JSON Resume skills', { level: ext ? undefined : level });
  }

  for (const w of r.work ?? []) {
    const place = w.name ?? w.company ?? null;
    const dated = entryRange(w.startDate, w.endDate && /\d/.test(w.endDate) ? w.endDate : null, place, lookups.now);
    const body = [w.position, w.summary, ...(w.highlights ?? [])].filter(Boolean).join('\n');
    gather.addText(body, dated, place ? `work at ${place}` : 'JSON Resume work');
  }

  const languages: ProposedLanguage[] = [];
  for (const l of r.languages ?? []) {
    const name = l.language?.trim();
    if (!name || languages.some((x) => x.name.toLowerCase() === name.toLowerCase())) continue;
    const level = l.fluency ? languageLevel(l.fluency) : null;
    languages.push({ name, level: level ?? 'conversational', source: level ? `JSON Resume: ${l.fluency!.trim()}` : 'JSON Resume (no level given; check it)' });
  }

  const certifications: ProposedCertification[] = [];
  for (const c of r.certificates ?? []) {
    const name = c.name?.trim();
    if (!name || certifications.some((x) => x.name.toLowerCase() === name.toLowerCase())) continue;
    const where = [c.issuer?.trim(), c.date?.trim()].filter(Boolean).join(', ');
    certifications.push({ name, source: where || 'JSON Resume certificates' });
  }

  const degrees: ProposedDegree[] = [];
  for (const e of r.education ?? []) {
    const value = e.studyType ? degreeOf(e.studyType) : null;
    if (value) degrees.push({ value, source: [e.studyType, e.area, e.institution].map((x) => x?.trim()).filter(Boolean).join(', ') });
  }
  const degree = highestDegree(degrees);

  const skills = gather.skills();
  if (!skills.length && !languages.length && !certifications.length && !degree) return { ok: false, error: JSON_RESUME_MESSAGES.nothing };
  return { ok: true, proposal: { kind: 'json-resume', skills, degree, languages, certifications } };
}
