// One page's evaluation, as the background does it: the extracted page is parsed into a posting record and,
// when the user has a profile, scored; the overlay's state and the toolbar badge follow from the report.
// Pure: the profile and the skill graph are passed in (the background passes taxonomyGraph and the stored profile).
import { fit } from './fit/score';
import type { FitReport, SkillGraph } from './fit/types';
import type { OverlayState, PageExtractionMessage } from './messages';
export { badgeFor, siteOf, VERDICT_COLORS, type Badge } from './badge';
import { parsePosting } from './posting/index';
import type { Profile } from './profile/schema';
import type { PostingRecord } from './schemas';

export interface Evaluation {
  record: PostingRecord;
  /** Null before the user has a profile. */
  report: FitReport | null;
  overlay: OverlayState;
}

/** A profile worth scoring against: one with at least one skill (an empty one would give 0 everywhere). */
export function hasProfile(profile: Profile | null | undefined): profile is Profile {
  return !!profile && profile.skills.length > 0;
}

export function overlayFor(report: FitReport | null): OverlayState {
  if (!report) return { kind: 'no-profile' };
  if (report.score === null || report.verdict === 'unknown') return { kind: 'thin' };
  const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  // Blocking statements first: the overlay has room for little.
  const work = [...(report.work ?? [])]
    .sort((a, b) => Number(b.blocking) - Number(a.blocking))
    .slice(0, 3)
    .map((w) => ({ label: cut(w.label, 200), sentence: w.sentence && cut(w.sentence, 600), blocking: w.blocking }));
  return {
    kind: 'score',
    score: report.score,
    verdict: report.verdict,
    missingRequired: report.items.filter((i) => i.bucket === 'required' && i.status === 'missing').length,
    found: report.found,
    ...(work.length ? { work } : {}),
  };
}

/** A parsed posting scored against the profile (none without skills), with the overlay that shows it. */
export function scoreRecord(record: PostingRecord, profile: Profile | null, graph: SkillGraph, dismissed: ReadonlySet<string> = new Set()): Evaluation {
  const report = hasProfile(profile) ? fit(profile, record, graph, dismissed) : null;
  return { record, report, overlay: overlayFor(report) };
}

/** Parse and score in one step (the background splits them: it parses while the profile is still being read). */
export function evaluatePage(
  page: PageExtractionMessage,
  url: string | null,
  profile: Profile | null,
  graph: SkillGraph,
  dismissed: ReadonlySet<string> = new Set(),
): Evaluation {
  return scoreRecord(parsePosting(page.text, { url, header: page.header }), profile, graph, dismissed);
}

/** Identifies a profile's content (updatedAt alone is not enough: a restored backup keeps its old one). '' for none. */
export function profileStamp(profile: Profile | null): string {
  if (!profile) return '';
  const json = JSON.stringify(profile);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) h = Math.imul(h ^ json.charCodeAt(i), 0x01000193);
  return `${json.length}:${(h >>> 0).toString(36)}`;
}
