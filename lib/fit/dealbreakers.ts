import type { PostingRecord } from '../schemas';
import { coversPlace, statementPlace } from '../posting/work-place';
import type { Dealbreaker, FitReport } from './types';
import type { ProfileSkill } from './items';
import { comparePay, type Money } from './pay';

export interface FitPreferences {
  remoteOnly: boolean;
  minSalary: Money | null;
  /** "I need visa sponsorship" (where I am not authorised to work). Absent: the profile does not say. */
  needsSponsorship?: boolean;
  /** Places the user may work in without sponsorship ("US", "EU"), as typed. */
  authorizedIn?: string[];
}

export interface FitProfileFacts {
  skills: ProfileSkill[];
  degree: 'none' | 'bachelor' | 'master' | 'phd' | null;
  languages: Array<{ name: string; level: string }>;
  certifications: string[];
  preferences: FitPreferences;
}

const DEGREE_RANK = { none: 0, bachelor: 1, master: 2, phd: 3 } as const;
const words = (s: string) => s.toLowerCase().split(/[^a-z0-9+#]+/).filter((w) => w.length > 1);

function holdsCertification(asked: string, held: string[]): boolean {
  const want = words(asked);
  return held.some((h) => {
    const have = new Set(words(h));
    return want.length > 0 && want.filter((w) => have.has(w)).length / want.length >= 0.6;
  });
}

/**
 * The candidate's years for this posting: the most on a profile skill related to what it asks. Skills without
 * years (soft skills, usually) do not count; with none left the years are unknown and only noted. Unrelated
 * skills never count, so adding one cannot change the verdict.
 */
function relevantYears(related: ProfileSkill[]): number | null {
  const years = related.map((s) => s.years).filter((y): y is number => y != null);
  return years.length ? Math.max(...years) : null;
}

type WorkStatement = NonNullable<FitReport['work']>[number];

/**
 * What the posting says about visa sponsorship and work authorisation, and whether it rules this profile out.
 * Silence is not refusal: a posting that says nothing blocks nobody. A profile that says nothing (no need for
 * sponsorship, no places) is never blocked either; the statements are still shown.
 */
function workStatements(posting: PostingRecord, prefs: FitPreferences): { work: WorkStatement[]; blocker: Dealbreaker | null } {
  const needs = prefs.needsSponsorship === true;
  const places = prefs.authorizedIn ?? [];
  const auth = posting.workAuthorization;
  const place = auth ? statementPlace(auth) : null;
  const authorisedThere = place != null && coversPlace(places, place.key);
  const sentence = (k: 'visa' | 'workAuthorization') => posting.sentences?.[k] ?? null;
  // Refused: "we do not sponsor", and the user needs it unless already authorised where the job is.
  const refused = posting.visaSponsorship === 'not_offered' && needs && !authorisedThere;
  // Authorisation asked in a place the user did not list, with no sponsorship on offer: the user would need a
  // visa this posting will not give. Citizenship asked in a place the user listed is not checked (the profile
  // does not say citizen or not).
  const notAuthorised =
    auth != null &&
    posting.visaSponsorship !== 'offered' &&
    (place == null ? needs && /work permit/i.test(auth) : !authorisedThere && (needs || places.length > 0));
  const work: WorkStatement[] = [];
  if (posting.visaSponsorship === 'not_offered') work.push({ label: 'No visa sponsorship', sentence: sentence('visa'), blocking: refused });
  if (posting.visaSponsorship === 'offered') work.push({ label: 'Sponsorship offered', sentence: sentence('visa'), blocking: false });
  if (auth) work.push({ label: auth, sentence: sentence('workAuthorization'), blocking: notAuthorised });
  let blocker: Dealbreaker | null = null;
  if (notAuthorised)
    blocker = {
      kind: 'visa', key: 'visa', dismissed: false, sentence: sentence('workAuthorization') ?? sentence('visa'),
      message: `${auth}; ${places.length ? `your profile lists ${places.join(', ')}` : 'you need visa sponsorship'}.`,
    };
  else if (refused)
    blocker = { kind: 'visa', key: 'visa', dismissed: false, sentence: sentence('visa'), message: 'No visa sponsorship, and you need it.' };
  return { work, blocker };
}

/** Every dealbreaker of the posting for this profile, each marked dismissed when its key is in `dismissed`. */
export function findDealbreakers(
  posting: PostingRecord,
  profile: FitProfileFacts,
  related: ProfileSkill[],
  dismissed: ReadonlySet<string> = new Set(),
) {
  const out: Dealbreaker[] = [];
  const notes: string[] = [];
  const said = posting.sentences ?? {};
  const add = (kind: Dealbreaker['kind'], message: string, sentence: string | null = null, key: string = kind) =>
    out.push({ kind, key, message, sentence, dismissed: dismissed.has(key) });
  const years = relevantYears(related);
  if (posting.minYears != null && posting.minYears > 0) {
    if (years == null) notes.push(`Asks for ${posting.minYears}+ years; add years to your skills to check this.`);
    else if (years < posting.minYears)
      add('years', `Asks for ${posting.minYears}+ years of experience; your profile shows ${years}.`, said.minYears);
  }
  if (posting.degree) {
    if (profile.degree == null) notes.push(`Asks for a ${posting.degree} degree; add your degree to check this.`);
    else if (DEGREE_RANK[profile.degree] < DEGREE_RANK[posting.degree]) add('degree', `Asks for a ${posting.degree} degree.`, said.degree);
  }
  const spoken = new Set(profile.languages.map((l) => l.name.toLowerCase()));
  for (const lang of posting.languages)
    if (!spoken.has(lang.toLowerCase()))
      add('language', `Asks for ${lang}, which your profile does not list.`, said.languages, `language:${lang.toLowerCase()}`);
  // Postings often list alternatives (CKA / CKAD / CKS): holding any one of them is enough not to be ruled out.
  if (posting.certifications.length && !posting.certifications.some((c) => holdsCertification(c, profile.certifications))) {
    const sentence = posting.evidence.find((e) => posting.certifications.includes(e.item))?.sentence ?? null;
    add('certification', `Asks for ${posting.certifications.join(', ')}, which your profile does not list.`, sentence);
  }
  // Only an explicit statement makes a posting not remote (the parser's remote is null when it says nothing).
  if (profile.preferences.remoteOnly && posting.remote === false)
    add('remote', 'Not remote: on-site or hybrid, and you want remote only.', said.remote);
  const pref = profile.preferences.minSalary;
  const pay = pref && posting.salary ? comparePay(posting.salary, pref) : null;
  if (pay?.belowMinimum) add('salary', `Pays less than your minimum (${pay.text}).`, said.salary);
  const { work, blocker } = workStatements(posting, profile.preferences);
  if (blocker) add(blocker.kind, blocker.message, blocker.sentence, blocker.key);
  // A dismissed visa dealbreaker no longer marks its statements as blocking (they are still shown).
  const shown = dismissed.has('visa') ? work.map((w) => ({ ...w, blocking: false })) : work;
  return { dealbreakers: out, notes, pay, work: shown };
}
