// Turning an HTML string (a JSON-LD description, an embedded JSON field) into posting text without running it.
import { elementText } from './text';

/** Decodes the entities that appear in JSON-LD text and double-escaped descriptions ("&lt;p&gt;"). */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return safeChar(parseInt(k.slice(2), 16)) ?? m;
    if (k.startsWith('#')) return safeChar(parseInt(k.slice(1), 10)) ?? m;
    return Object.hasOwn(named, k) ? named[k]! : m; // not named.constructor: "&constructor;" is no entity
  });
}

function safeChar(code: number): string | null {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/**
 * Parses HTML into a node tree that is never rendered: a DOMParser document (no browsing context) or a
 * <template>'s content. Neither runs scripts nor fetches images, so an <img onerror> in a description stays inert.
 */
export function parseInert(doc: Document, html: string): Element | DocumentFragment {
  const view = doc.defaultView as (Window & { DOMParser?: typeof DOMParser }) | null;
  if (view?.DOMParser) {
    const parsed = new view.DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
    if (parsed.body) return parsed.body;
  }
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  return tpl.content;
}

/** Posting text from an HTML (or plain) string. Plain text keeps its own line breaks. */
export function htmlToText(doc: Document, raw: string): string {
  let html = raw;
  if (!/<[a-z]/i.test(html) && /&lt;[a-z]/i.test(html)) html = decodeEntities(html);
  if (!/<[a-z!/]/i.test(html)) {
    return decodeEntities(html)
      .split(/\r?\n/)
      .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
  return elementText(parseInert(doc, html));
}
