// Small DOM helpers shared by the adapters. Only standard DOM calls: they run in a content script and under linkedom.

/** Collapses whitespace (incl. NBSP) and drops zero-width characters; null for empty. */
export function clean(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
  return t === '' ? null : t;
}

/** First element matching any selector, in the order given (most stable anchor first). */
export function first(root: ParentNode, selectors: string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // an unsupported selector in one engine must not break the others
    }
  }
  return null;
}

/** Text of the first matching element that has any. */
export function firstText(root: ParentNode, selectors: string[]): string | null {
  for (const sel of selectors) {
    let els: Element[] = [];
    try {
      els = Array.from(root.querySelectorAll(sel));
    } catch {
      continue;
    }
    for (const el of els) {
      const t = clean(el.textContent);
      if (t) return t;
    }
  }
  return null;
}

export function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return clean(el?.getAttribute('content'));
}

/** The <title> or og:title split on the usual separators: "Role – Company", "Role | Site". */
export function titleParts(doc: Document): string[] {
  const t = clean(doc.title) ?? meta(doc, 'og:title');
  if (!t) return [];
  return t.split(/(?<!\s)(?:\s+[|–—·-]\s+|\s+at\s+)/).map((p) => p.trim()).filter(Boolean);
}
