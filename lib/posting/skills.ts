import { matchSkills } from '../taxonomy/match';
import type { Evidence } from '../schemas';
import type { SkillMatch, Unit } from './types';
import { groupAlternatives } from './alternatives';
import { isMatchPreferred } from './units';
import { wb } from './fields/units';
import { certificationSpans } from './certifications';
import { addressSpans } from './addresses';
import { studyFieldMatches } from './study-fields';
import { openVocabMatches, type LowerWords } from './open-vocab';
import { softPhraseMatches } from './soft-phrases';
import { qualifiedHeads } from './compounds';
import { isOfferSentence } from './offer';
import { sharedHeadMatches } from './shared-head';
import { peerNameMatches } from './peer-names';
import { teamListSpans } from './team-lists';
import { roleSkillMatches } from './role-skills';

// Umbrella terms the labels do not list when the same requirement names something specific
// ("Strong programming abilities in Java and Python" asks for Java and Python). Meaningful parents such as
// Containerization or Cloud Computing stay, as the spec says.
const UMBRELLAS = new Set(['programming', 'scripting', 'databases', 'automation', 'software-development', 'software-engineering']);
// "Advanced programming experience, preferably in Perl or Python": the languages are only preferred, and the
// umbrella is the ask itself, which stays (spec: a meaningful generic parent stays required when its alternatives
// are preferred). "e.g." and "such as" do not keep it: the labels differ on those.
// Narrower than units.ts's PREF_CUE on purpose: "a plus" or "bonus" between them says nothing of the specifics.
const PREFERENCE_CUE = wb(
  'preferably|ideally|idealerweise|vorzugsweise|idéalement|de préférence|preferiblemente|idealmente|bij voorkeur|preferencialmente',
  'i',
);
const PREFERENCE_GAP = 60;

/** Is this umbrella match followed, within a short gap and after a preference word, by the specifics it names? */
function leadsToPreferred(text: string, umbrella: SkillMatch, matches: readonly SkillMatch[]): boolean {
  const next = matches.find((m) => m.start >= umbrella.end && !UMBRELLAS.has(m.id));
  if (!next || next.start - umbrella.end > PREFERENCE_GAP) return false;
  return PREFERENCE_CUE.test(text.slice(umbrella.end, next.start));
}
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
// Concept names come from the taxonomy, a fixed set: fold each once.
const foldedNames = new Map<string, string>();
function foldName(name: string): string {
  let f = foldedNames.get(name);
  if (f === undefined) foldedNames.set(name, (f = fold(name)));
  return f;
}

// People named in the plural are whom the hire works with ("collaborate with product managers and UX designers",
// "alongside data scientists"), not a skill asked for; a role asked for is singular ("experience as a product
// manager", role-skills.ts).
const PEOPLE = /(?:managers|designers|scientists|engineers|developers|analysts|architects|owners|specialists|consultants|recruiters|accountants|researchers|marketers|strategists)$/i;
// …unless the match is an act on them ("mentoring junior engineers", "leading engineers").
const ACT_ON = /^(?:mentor|coach|lead|manag|supervis|hir|train|guid|grow|onboard|recruit)\p{L}*\s/iu;
const isPeople = (surface: string) => PEOPLE.test(surface) && !ACT_ON.test(surface);

/** The matches of one unit that are requirements: not a certificate, a degree's subject, people or the poster itself. */
function requirementMatches(text: string, company: string | null, open: OpenVocab | null): SkillMatch[] {
  const spans = [...certificationSpans(text), ...addressSpans(text), ...teamListSpans(text)];
  let matches = matchSkills(text).filter((m) => !overlaps(m, spans) && !isPeople(m.surface));
  const study = studyFieldMatches(text, matches);
  const own = company ? fold(company) : null;
  // A company's own product in its posting ("Vercel" at Vercel) is where the job is, not what it asks for.
  matches = matches.filter((m, i) => !study.has(i) && (own == null || (foldName(m.name) !== own && fold(m.surface) !== own)));
  const specific = matches.some((m) => !UMBRELLAS.has(m.id));
  const chosen = specific ? matches.filter((m) => !UMBRELLAS.has(m.id) || leadsToPreferred(text, m, matches)) : matches;
  const { listed, headed } = withSharedHeads(text, chosen);
  const soft = [...softPhraseMatches(text, listed), ...headed];
  const compounded = withCompounds(text, soft.length ? [...listed, ...soft].sort((a, b) => a.start - b.start) : listed);
  const roles = roleSkillMatches(text, compounded).filter((m) => !(specific && UMBRELLAS.has(m.id)));
  const peers = [...peerNameMatches(text, compounded), ...roles];
  const out = peers.length ? [...compounded, ...peers].sort((a, b) => a.start - b.start) : compounded;
  if (!open) return out;
  const named = openVocabMatches(text, out, open.lowerWords, company).filter((m) => !overlaps(m, spans));
  if (named.length === 0) return out;
  const kept = out.filter((m) => !named.some((n) => n.start <= m.start && m.end <= n.end));
  return [...kept, ...named].sort((a, b) => a.start - b.start);
}

/** The skills a list's shared head names with its words (shared-head.ts), and the matches they replace taken out.
 * A degree's subjects ("Mechanical, Electrical, or Industrial engineering") are read by degree.ts, not as skills. */
function withSharedHeads(text: string, matches: SkillMatch[]): { listed: SkillMatch[]; headed: SkillMatch[] } {
  let headed = sharedHeadMatches(text, matches);
  if (headed.length === 0) return { listed: matches, headed };
  const all = [...matches, ...headed].sort((a, b) => a.start - b.start);
  const study = studyFieldMatches(text, all);
  if (study.size) headed = headed.filter((h) => !study.has(all.indexOf(h)));
  return { listed: matches.filter((m) => !headed.some((h) => h.start <= m.start && m.end <= h.end)), headed };
}

/** "field marketing" for "marketing" where the line qualifies its head (compounds.ts). */
function withCompounds(text: string, matches: SkillMatch[]): SkillMatch[] {
  const compounds = qualifiedHeads(text, matches);
  if (compounds.size === 0) return matches;
  return matches.flatMap((m, i) => compounds.get(i) ?? [m]);
}

/** Open vocabulary is read only in requirement parts; these are the posting's lower-case words (see open-vocab.ts). */
export interface OpenVocab {
  lowerWords: LowerWords;
}
const REQUIREMENT_PARTS = new Set(['requirements', 'preferred']);

export interface SkillResult {
  required: SkillMatch[];
  preferred: SkillMatch[];
  alternatives: string[][];
  evidence: Evidence[];
}

const overlaps = (m: SkillMatch, spans: Array<[number, number]>) =>
  spans.some(([s, e]) => m.start < e && s < m.end);

/** Which of a unit's matches are preferred: a cue on any member of a group of alternatives carries the group. */
function preferredFlags(unit: Unit, matches: SkillMatch[], groups: number[][]): boolean[] {
  const flags = matches.map((m) => isMatchPreferred(unit, m));
  for (const group of groups) {
    if (group.some((i) => flags[i])) for (const i of group) flags[i] = true;
  }
  return flags;
}

/** Reads skills from requirement units; a skill asked for anywhere as required is required (spec: required wins). */
export function extractSkills(units: Unit[], company: string | null = null, open: OpenVocab | null = null): SkillResult {
  const required = new Map<string, SkillMatch>();
  const preferred = new Map<string, SkillMatch>();
  const evidence = new Map<string, Evidence>();
  const alternatives: string[][] = [];
  const seenGroups = new Set<string>();

  // A posting often repeats a requirement word for word (one list under two headings, a page's text twice):
  // match each distinct text once. The matches are only read, never changed, so units may share them.
  const read = new Map<string, { matches: SkillMatch[]; groups: number[][] }>();
  for (const unit of units) {
    const named = open && REQUIREMENT_PARTS.has(unit.sectionKind) ? open : null;
    const key = named ? unit.text : '\u0000' + unit.text;
    let r = read.get(key);
    if (r === undefined) {
      // Pay, benefits, the equal-opportunity statement and the employer describing itself ask for nothing (offer.ts).
      const found = isOfferSentence(unit.text, company) ? [] : requirementMatches(unit.text, company, named);
      read.set(key, (r = { matches: found, groups: found.length > 0 ? groupAlternatives(unit.text, found) : [] }));
    }
    const { matches, groups } = r;
    if (matches.length === 0) continue;
    const flags = preferredFlags(unit, matches, groups);
    matches.forEach((m, i) => {
      const bucket = flags[i] ? 'preferred' : 'required';
      if (bucket === 'required') {
        if (!required.has(m.id)) required.set(m.id, m);
        const prior = evidence.get(m.id);
        if (!prior || prior.bucket === 'preferred') evidence.set(m.id, { item: m.name, sentence: unit.text, bucket });
      } else if (!preferred.has(m.id)) {
        preferred.set(m.id, m);
        if (!evidence.has(m.id)) evidence.set(m.id, { item: m.name, sentence: unit.text, bucket });
      }
    });
    for (const group of groups) {
      const names = [...new Set(group.map((i) => matches[i]!.name))];
      const key = [...names].sort().join('\u0000');
      if (names.length > 1 && !seenGroups.has(key)) {
        seenGroups.add(key);
        alternatives.push(names);
      }
    }
  }
  for (const id of required.keys()) preferred.delete(id);
  return {
    required: [...required.values()],
    preferred: [...preferred.values()],
    alternatives,
    evidence: [...evidence.values()],
  };
}
