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

const START_TAG = /<([a-zA-Z][^\s/>]*)((?:"[^"]*"|'[^']*'|[^>])*)(?:>|$)/g;
const ATTR = /([^\s"'=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
const HIDING = /display:none|visibility:hidden/;
/** Elements whose mere parsing is checked against the page's CSP, and a stand-in parsed the same way (iframe is
 * raw text in HTML and an ordinary element in SVG/MathML, as style is) and equally left out of the text. */
const RENAMED: Record<string, string> = { style: 'iframe', base: 'wbr' };

/** The attributes the text extraction reads (lib/page/text.ts isSkipped), rebuilt from safe characters only. */
function keptAttributes(body: string): string {
  const out: string[] = [];
  for (const [, rawName, rawValue] of body.matchAll(ATTR)) {
    const name = rawName!.toLowerCase();
    const value = (rawValue ?? '').replace(/^["']|["']$/g, '');
    if (name === 'hidden' || (name === 'style' && HIDING.test(value.replace(/\s+/g, '').toLowerCase()))) out.push('hidden');
    else if (name === 'aria-hidden' && value.trim().toLowerCase() === 'true') out.push('aria-hidden="true"');
    else if (name === 'role' && /^[a-z]+$/i.test(value)) out.push(`role="${value.toLowerCase()}"`);
    else if (name === 'class') out.push(`class="${value.replace(/[^\w -]/g, ' ')}"`);
    else if (name === 'href' && value.trim().startsWith('#')) out.push('href="#"');
  }
  return [...new Set(out)].map((a) => ` ${a}`).join('');
}

/**
 * The markup with every start tag rebuilt: event handlers, style attributes and every other attribute the text
 * does not need are gone, <style> and <base> renamed. Parsing even an inert copy of those makes Chromium check them
 * against the page's CSP and report each one to the site as a violation. Tags are matched as the browser's tokenizer
 * reads them (quoted values may hold ">"), and any "<" + letter starts one, so no attribute survives in any state.
 */
export function inertMarkup(html: string): string {
  return html
    .replace(START_TAG, (_, name: string, body: string) => `<${RENAMED[name.toLowerCase()] ?? name}${keptAttributes(body)}>`)
    .replace(/<\/(style|base)(?=[\s/>]|$)/gi, (_, name: string) => `</${RENAMED[name.toLowerCase()]}`);
}

/**
 * Parses HTML into a node tree that is never rendered: a DOMParser document has no browsing context, so it runs no
 * scripts and fetches no images, and an <img onerror> in a description stays inert; inertMarkup keeps the parse from
 * raising CSP reports on the page. The document's own DOMParser (linkedom's on the command line), else the global
 * one (a browser document without a window, such as a parsed one). No <template>.innerHTML fallback: HTML sinks
 * stay out of the bundles (eslint no-unsanitized, addons-linter).
 */
export function parseInert(doc: Document, html: string): Element {
  const safe = inertMarkup(html);
  const view = doc.defaultView as (Window & { DOMParser?: typeof DOMParser }) | null;
  const Parser = view?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${safe}</body></html>`, 'text/html');
  return parsed.body ?? parsed.documentElement;
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
