// Is the posting from the profile's field at all? Taxonomy categories are grouped into fields (technology, sales
// and business, finance, healthcare, trades, legal, operations); the posting's field is read from its hard items
// and its title, the profile's from its hard skills. A posting whose field share on the profile's fields is small,
// and whose hard items the profile barely meets, is from another field: weak, never "can't judge".

const FIELD_OF: Readonly<Record<string, string>> = {
  languages: 'technology', frameworks: 'technology', cloud: 'technology', devops: 'technology', data: 'technology',
  ml: 'technology', software: 'technology', security: 'technology', tools: 'technology', technology: 'technology',
  business: 'business', finance: 'finance', healthcare: 'healthcare', trades: 'trades', equipment: 'trades',
  legal: 'legal', operations: 'operations',
};

export const fieldOf = (category: string | undefined): string | undefined => (category ? FIELD_OF[category] : undefined);

/** A field is the profile's when it holds at least this share of the profile's hard skills of a known field. */
export const PROFILE_FIELD_SHARE = 0.2;
/** Below this share of the posting's field evidence on the profile's fields, the posting is another field's. */
export const OTHER_FIELD_SHARE = 0.34;
/** A title skill counts as this many items: the title says what the job is. */
export const TITLE_WEIGHT = 2;

export interface FieldInput {
  /** Field of each hard skill of the profile (undefined when unknown). */
  profile: (string | undefined)[];
  /** Field of each hard item of the posting, and of each skill its title names. */
  items: (string | undefined)[];
  title: (string | undefined)[];
}

export interface FieldJudgement {
  /** The posting's main field, when it has one the profile does not. */
  postingField: string | null;
  profileFields: string[];
  /** Share of the posting's field evidence that falls on the profile's fields (null: nothing to judge by). */
  share: number | null;
}

function counts(list: (string | undefined)[], weight = 1, into = new Map<string, number>()) {
  for (const f of list) if (f) into.set(f, (into.get(f) ?? 0) + weight);
  return into;
}

export function judgeField(input: FieldInput): FieldJudgement {
  const prof = counts(input.profile);
  const profTotal = [...prof.values()].reduce((a, b) => a + b, 0);
  const profileFields = [...prof].filter(([, n]) => n / profTotal >= PROFILE_FIELD_SHARE).map(([f]) => f).sort();
  const post = counts(input.title, TITLE_WEIGHT, counts(input.items));
  const total = [...post.values()].reduce((a, b) => a + b, 0);
  if (!total || !profileFields.length) return { postingField: null, profileFields, share: null };
  const on = profileFields.reduce((s, f) => s + (post.get(f) ?? 0), 0);
  // On a tie the profile's own field is the posting's main one: "another field" needs a clear lead.
  const own = (f: string) => (profileFields.includes(f) ? 0 : 1);
  const main = [...post].sort((a, b) => b[1] - a[1] || own(a[0]) - own(b[0]) || a[0].localeCompare(b[0]))[0]![0];
  return { postingField: profileFields.includes(main) ? null : main, profileFields, share: on / total };
}
