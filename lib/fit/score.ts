import type { PostingRecord } from '../schemas';
import { findDealbreakers, type FitProfileFacts } from './dealbreakers';
import { listFactor, STRESS_FACTOR, stressOf } from './emphasis';
import { fieldOf, judgeField, OTHER_FIELD_SHARE } from './field';
import { credentialItems } from './credentials';
import { matchItems, relatedSkills, statusFor, type MatchedItem } from './items';
import { FORMULA_VERSION, type FitItem, type FitReport, type SkillGraph } from './types';

/*
 * The fit formula, version fit-2 (FORMULA_VERSION; a saved score records it, and a saved posting scored by an
 * older formula is scored again).
 *   Items: each skill the posting asks for; a group of alternatives is one item, met by any member. A skill is met
 *   when the profile has it or a skill that implies it (taxonomy parents, open-data and curated implications:
 *   PostgreSQL → SQL, Python → Software Development); partly met through a broader skill or at "learning" level.
 *   Credit: met 1, partly 0.5, missing 0.
 *   Weight = base × emphasis × listing. Base: required 3, required soft skill 1, preferred 1, preferred soft 0.5.
 *   Stress: ×2 when the title names it or its claim stresses it (must-have, core, significant, critical, years);
 *   ×0.5 when its claim calls it basic (familiarity, Grundkenntnisse).
 *   Listing: an item sharing its sentence with n > 3 items weighs sqrt(3 / n) (a long tool list is one need).
 *   R, P = weighted share earned over required and over preferred items.
 *   raw = 100 × (0.85 R + 0.15 P); 100 × R or 100 × P when the posting has only one kind.
 *   Caps, lowest wins: a dealbreaker 40 (unless the user dismissed it for this posting: "not a dealbreaker for
 *   me"); another field (field.ts) 30; none of the skills the title names 44;
 *   a missing stressed required skill 69.
 *   score = round(min(raw, caps)). Each item's points are its share of raw (largest remainder, so they add up to
 *   round(raw)); each cap is an adjustment with negative points; items' points + adjustments = score.
 *   A posting naming no skill is scored on the certifications, licences and languages it states (credentials.ts).
 *   Nothing stated and no field to judge by: no score ("Too few requirements found").
 *   Verdict: strong from 70, partial from 45, weak below; with 3 requirements or fewer found (skill items,
 *   certifications, languages: low confidence) at most partial.
 */
export const WEIGHTS = { required: 3, requiredSoft: 1, preferred: 1, preferredSoft: 0.5 } as const;
export const CREDIT = { met: 1, partly: 0.5, missing: 0 } as const;
export const REQUIRED_SHARE = 0.85;
export const DEALBREAKER_CAP = 40;
export const OTHER_FIELD_CAP = 30;
export const MISSING_MUST_CAP = 69;
/** The title names skills (the job's core) and the profile has none of them: weak at best. */
export const TITLE_MISSING_CAP = 44;
/** At most this many items found: the verdict cannot be strong on that alone. */
export const LOW_CONFIDENCE_ITEMS = 3;
export const STRONG = 70;
export const PARTIAL = 45;

const base = (i: Pick<FitItem, 'bucket' | 'soft'>) =>
  i.bucket === 'required' ? (i.soft ? WEIGHTS.requiredSoft : WEIGHTS.required) : i.soft ? WEIGHTS.preferredSoft : WEIGHTS.preferred;

export function verdictFor(score: number | null, confidence: FitReport['confidence'] = 'normal'): FitReport['verdict'] {
  if (score == null) return 'unknown';
  const v = score >= STRONG ? 'strong' : score >= PARTIAL ? 'partial' : 'weak';
  return v === 'strong' && confidence === 'low' ? 'partial' : v;
}

function weigh(items: MatchedItem[], titleIds: ReadonlySet<string>): FitItem[] {
  const perSentence = new Map<string, number>();
  for (const i of items) if (i.sentence) perSentence.set(i.sentence, (perSentence.get(i.sentence) ?? 0) + 1);
  return items.map((i) => {
    const stress = stressOf(i.sentence, i.names, !i.soft && i.ids.some((id) => titleIds.has(id)));
    const emphasized = stress === 'stressed';
    const weight = base(i) * STRESS_FACTOR[stress] * listFactor(i.sentence ? perSentence.get(i.sentence)! : 1);
    return { name: i.names.join(' or '), ids: i.ids, bucket: i.bucket, status: i.status, soft: i.soft, via: i.via, sentence: i.sentence, emphasized, weight, points: 0 };
  });
}

/** Each item's exact contribution to raw (0-100), and raw itself. */
function contributions(items: FitItem[]): { exact: number[]; raw: number } {
  const total = (b: FitItem['bucket']) => items.filter((i) => i.bucket === b).reduce((s, i) => s + i.weight, 0);
  const req = total('required');
  const pref = total('preferred');
  const share = { required: req && pref ? REQUIRED_SHARE : 1, preferred: req && pref ? 1 - REQUIRED_SHARE : 1 };
  const exact = items.map((i) => {
    const possible = i.bucket === 'required' ? req : pref;
    return possible ? (100 * share[i.bucket] * i.weight * CREDIT[i.status]) / possible : 0;
  });
  return { exact, raw: exact.reduce((a, b) => a + b, 0) };
}

/** Rounds each value so that they add up to the rounded total (largest remainder). */
function roundTo(values: number[], total: number): number[] {
  const floors = values.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = values.map((v, k) => [v - Math.floor(v), k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, k] of order) {
    if (left <= 0) break;
    floors[k]!++;
    left--;
  }
  return floors;
}

function otherFieldOf(titleIds: string[], profile: FitProfileFacts, items: FitItem[], graph: SkillGraph): string | null {
  if (!graph.category) return null;
  const field = (id: string) => (graph.isSoft(id) ? undefined : fieldOf(graph.category!(id)));
  const hard = items.filter((i) => !i.soft);
  // The profile's field is read from the skills the posting does not ask for: a skill it asks for is evidence of
  // fit, so having it must never make the posting look like another field's (adding it only raises the score).
  const asked = new Set(items.flatMap((i) => i.ids));
  const j = judgeField({
    profile: profile.skills.filter((s) => !asked.has(s.id)).map((s) => field(s.id)),
    items: hard.map((i) => field(i.ids[0]!)),
    title: titleIds.map(field),
  });
  if (!j.postingField || j.share == null || j.share >= OTHER_FIELD_SHARE) return null;
  // The profile meeting much of what is asked is the stronger evidence: then it is not another field.
  const met = hard.filter((i) => i.status !== 'missing').length;
  return met * 3 >= hard.length && hard.length > 0 ? null : j.postingField;
}

/** Skills the title names, except the company's own name ("Vercel" is a product too). */
function titleSkills(posting: PostingRecord, graph: SkillGraph): string[] {
  if (!posting.title || !graph.skillsIn) return [];
  const company = posting.company?.toLowerCase() ?? '';
  return graph.skillsIn(posting.title).filter((id) => {
    const name = (graph.name(id) ?? id).toLowerCase();
    return !company || !(company.includes(name) || name.includes(company));
  });
}

/**
 * Languages and certifications the posting asks for as requirements: one the parser found only in a preferred
 * sentence (evidence bucket "preferred") is a plus, never a dealbreaker.
 */
function requiredOnly(posting: PostingRecord): PostingRecord {
  const preferred = new Set(posting.evidence.filter((e) => e.bucket === 'preferred').map((e) => e.item));
  const required = new Set(posting.evidence.filter((e) => e.bucket === 'required').map((e) => e.item));
  const keep = (n: string) => required.has(n) || !preferred.has(n);
  return { ...posting, languages: posting.languages.filter(keep), certifications: posting.certifications.filter(keep) };
}

/** `dismissed`: keys of the dealbreakers the user called "not a dealbreaker for me" on this posting. */
export function fit(profile: FitProfileFacts, posting: PostingRecord, graph: SkillGraph, dismissed: ReadonlySet<string> = new Set()): FitReport {
  const titleIds = titleSkills(posting, graph);
  const skills = matchItems(posting, profile.skills, graph);
  const items = weigh(skills.length ? skills : credentialItems(posting, profile), new Set(titleIds));
  const { dealbreakers, notes, pay, work } = findDealbreakers(requiredOnly(posting), profile, relatedSkills(items, profile.skills, graph), dismissed);
  const found = skills.length + posting.certifications.length + posting.languages.length;
  const confidence: FitReport['confidence'] = found <= LOW_CONFIDENCE_ITEMS ? 'low' : 'normal';
  const otherField = otherFieldOf(titleIds, profile, items, graph);
  const adjustments: FitReport['adjustments'] = [];
  let score: number | null = null;
  if (items.length > 0 || otherField) {
    const { exact, raw } = contributions(items);
    const rounded = Math.round(raw);
    roundTo(exact, rounded).forEach((p, k) => (items[k]!.points = p));
    score = rounded;
    const cap = (limit: number, label: string) => {
      if (score! > limit) {
        adjustments.push({ label, points: limit - score! });
        score = limit;
      }
    };
    const standing = dealbreakers.filter((d) => !d.dismissed).length;
    if (standing) cap(DEALBREAKER_CAP, `Capped at ${DEALBREAKER_CAP}: ${standing === 1 ? 'a dealbreaker' : `${standing} dealbreakers`}`);
    if (otherField) cap(OTHER_FIELD_CAP, `Capped at ${OTHER_FIELD_CAP}: different field (${otherField})`);
    const mustMissing = items.find((i) => i.bucket === 'required' && i.emphasized && i.status === 'missing');
    const titleHard = titleIds.filter((id) => !graph.isSoft(id));
    if (titleHard.length && titleHard.every((id) => statusFor(id, profile.skills, graph).status === 'missing'))
      cap(TITLE_MISSING_CAP, `Capped at ${TITLE_MISSING_CAP}: the title asks for ${titleHard.map((id) => graph.name(id) ?? id).join(', ')}, which your profile does not show`);
    if (mustMissing) cap(MISSING_MUST_CAP, `Capped at ${MISSING_MUST_CAP}: missing a requirement the posting stresses (${mustMissing.name})`);
    if (otherField) notes.unshift(`Different field: this posting is about ${otherField}, far from your profile.`);
  } else notes.push('Too few requirements found to judge the fit.');
  if (confidence === 'low' && score != null)
    notes.push(`Only ${found} requirement${found === 1 ? '' : 's'} found: not enough for a strong fit on that alone.`);
  const order = { missing: 0, partly: 1, met: 2 };
  items.sort((a, b) => (a.bucket === b.bucket ? 0 : a.bucket === 'required' ? -1 : 1) || order[b.status] - order[a.status]);
  return {
    score, verdict: otherField && score != null ? 'weak' : verdictFor(score, confidence), formulaVersion: FORMULA_VERSION,
    items, dealbreakers, notes, found, confidence, otherField, adjustments, pay, work,
  };
}
