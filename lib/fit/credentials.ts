// A posting that names no skill but states certifications, licences or spoken languages still states
// requirements: they become the items scored, so such a posting gets a score instead of "Too few requirements".
import type { PostingRecord } from '../schemas';
import type { FitProfileFacts } from './dealbreakers';
import type { MatchedItem } from './items';

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter((w) => w.length > 1);

/** Holding a credential: most of its name's words are in one the profile lists ("RN licence" ~ "Registered Nurse (RN)"). */
export function holds(asked: string, held: readonly string[]): boolean {
  const want = words(asked);
  return want.length > 0 && held.some((h) => {
    const have = new Set(words(h));
    return want.filter((w) => have.has(w)).length / want.length >= 0.6;
  });
}

export function credentialItems(posting: PostingRecord, profile: Pick<FitProfileFacts, 'certifications' | 'languages'>): MatchedItem[] {
  const evidence = new Map(posting.evidence.map((e) => [e.item, e]));
  const item = (name: string, kind: string, met: boolean): MatchedItem => ({
    names: [name], ids: [`${kind}:${name.toLowerCase()}`], bucket: evidence.get(name)?.bucket ?? 'required',
    status: met ? 'met' : 'missing', via: null, soft: false, sentence: evidence.get(name)?.sentence ?? null,
  });
  const spoken = profile.languages.map((l) => l.name);
  return [
    ...posting.certifications.map((c) => item(c, 'certification', holds(c, profile.certifications))),
    ...posting.languages.map((l) => item(l, 'language', spoken.some((s) => s.toLowerCase() === l.toLowerCase()))),
  ];
}
