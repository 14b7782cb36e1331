// Caches for work that several extractors repeat on the same unit text within one parse (the cue scan,
// the certificate catalog). parsePosting clears them when it starts, so one posting's parse never reuses
// another's work and a long-lived worker does not keep old postings' text; they are bounded besides.
const MAX_ENTRIES = 2000;
const MAX_TEXT = 2000; // longer texts are rare and recomputed: the cache must stay small

const caches: Array<Map<string, unknown>> = [];

/**
 * `compute` remembered per text. `compute` must be pure; a throw is not cached (it propagates, as before).
 * An undefined result is stored but looks like a miss, so it is computed again: one look-up per miss.
 */
export function textMemo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache as Map<string, unknown>);
  return (text: string): T => {
    // Long texts are never stored, so do not hash them for a lookup that cannot hit.
    if (text.length > MAX_TEXT) return compute(text);
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Forget everything cached (called at the start of each parse). */
export function clearMemos(): void {
  for (const c of caches) c.clear();
}
