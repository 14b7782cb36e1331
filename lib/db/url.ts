// The url is the identity of a saved posting. Links to one posting differ in ways that do not change
// the page (fragment, campaign tags), and those must not create a second saved copy.

const TRACKING = /^(utm_[a-z]+|gclid|fbclid|mc_cid|mc_eid|_hsenc|_hsmi)$/i;

export function canonicalPostingUrl(raw: string): string {
  const trimmed = raw.trim();
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return trimmed; // not a URL (e.g. a pasted text's pseudo-id): keep as given, still unique per value
  }
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort(); // ?a=1&b=2 and ?b=2&a=1 are the same page
  return u.toString();
}
