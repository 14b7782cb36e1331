// Caches for work that several extractors repeat on the same unit text within one parse (the cue scan,
// the certificate catalog). parsePosting clears them when it starts, so one posting's parse never reuses
// another's work and a long-lived worker does not keep old postings' text; they are bounded besides.
const MAX_ENTRIES = 2000;
const MAX_TEXT = 2000; // longer texts are rare and recomputed: the cache must stay small

// Each parse gets fresh Maps rather than clear()ing long-lived ones: a cleared Map that had reached the old
// generation still pointed, through the GC's remembered set, at the young texts and results of the next parse,
// so every minor GC copied and promoted ~1 MB of them (3-5 ms pauses, the parser's p99 in `npm run bench`).
const caches: Array<{ map: Map<string, unknown> }> = [];

/**
 * `compute` remembered per text. `compute` must be pure; a throw is not cached (it propagates, as before).
 * An undefined result is stored but looks like a miss, so it is computed again: one look-up per miss.
 */
export function textMemo<T>(compute: (text: string) => T): (text: string) => T {
  const holder = { map: new Map<string, T>() };
  caches.push(holder as { map: Map<string, unknown> });
  return (text: string): T => {
    // Long texts are never stored, so do not hash them for a lookup that cannot hit.
    if (text.length > MAX_TEXT) return compute(text);
    const hit = holder.map.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (holder.map.size >= MAX_ENTRIES) holder.map = new Map();
    holder.map.set(text, value);
    return value;
  };
}

/** Forget everything cached (called at the start of each parse). */
export function clearMemos(): void {
  for (const c of caches) c.map = new Map();
}
