// DOM → posting text. Headings become "## heading", list items "- item", blocks are separated by blank lines,
// so that lib/posting can find sections and bullets the same way as in a markdown seed.
import { clean } from './dom';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'iframe',
  'canvas', 'select', 'input', 'textarea', 'option', 'object', 'embed', 'dialog', 'head', 'img', 'video', 'audio',
]);
const SKIP_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'complementary', 'search', 'alert', 'button',
  'menu', 'menubar', 'tablist', 'toolbar',
]);
/** "Skip to content" links precede the content on most sites (vercel.com/careers among them). */
const SKIP_LINK = /^\s*skip to /i;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['strong', 'b']);
const LABEL = /^[^.!?:]{1,60}:\s*$/;
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'blockquote', 'pre',
  'header', 'figure', 'figcaption', 'address', 'details', 'summary', 'center', 'hr', 'body', 'html',
]);
/** Screen-reader-only copies: LinkedIn and Indeed repeat the title or "Show more" in them. */
const SR_ONLY = /(^|\s)(sr-only|visually-hidden|screen-reader-text|a11y-text)(\s|$)/;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  return SR_ONLY.test(el.getAttribute('class') ?? '');
}

/** Elements left out of the text. A <header> is page chrome unless it sits inside the content (an article's header). */
export function isSkipped(el: Element, root: Element): boolean {
  const tag = el.localName;
  if (SKIP.has(tag) || isHidden(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role) && el !== root) return true;
  if (tag === 'a' && (el.getAttribute('href') ?? '').startsWith('#') && SKIP_LINK.test(el.textContent ?? '')) return true;
  if (tag === 'header' && el !== root) return !el.parentElement?.closest('article, main, section, [role=main]');
  return false;
}

class Writer {
  lines: string[] = [];
  private cur = '';
  private prefix = '';
  private allBold = true;
  private inBold = 0;

  text(s: string): void {
    if (!s) return;
    if (s.trim() !== '' && this.inBold === 0) this.allBold = false;
    this.cur += s;
  }
  bold(delta: number): void {
    this.inBold += delta;
  }
  /** Ends the current line; a short line written only in bold becomes a heading (Greenhouse/Lever write sections so). */
  flush(blank: boolean): void {
    const t = clean(this.cur);
    if (t) {
      const words = t.split(' ').length;
      const heading = !this.prefix && this.allBold && words <= 8 && t.length <= 70 && !/[.!?]$/.test(t);
      if (heading) this.lines.push('', `## ${t}`, '');
      else this.lines.push(this.prefix + t);
    }
    if (blank) this.lines.push('');
    this.cur = '';
    this.prefix = '';
    this.allBold = true;
  }
  startItem(): void {
    this.flush(false);
    this.prefix = '- ';
  }
  /** A block inside a list item (li > p) must not split the bullet from its text. */
  inItemWithoutText(): boolean {
    return this.prefix !== '' && clean(this.cur) === null;
  }
  heading(t: string | null): void {
    this.flush(true);
    if (t) this.lines.push(`## ${t}`, '');
  }
}

/**
 * Elements nested deeper are left out. A browser's HTML parser stops nesting at 512 levels, so only a DOM built
 * by script (or parsed by linkedom) goes deeper, and recursing tens of thousands of levels overflows the stack.
 */
const MAX_DEPTH = 512;

function walk(node: Node, w: Writer, root: Element, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (node.nodeType === 3) {
    w.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const el = node as Element;
  const tag = node.nodeType === 1 ? el.localName : '#fragment';
  if (node.nodeType === 1 && el !== root && isSkipped(el, root)) return;
  if (HEADINGS.has(tag)) {
    w.heading(clean(el.textContent));
    return;
  }
  if (tag === 'br') {
    w.flush(false);
    return;
  }
  if (tag === 'li') {
    w.startItem();
    for (const c of Array.from(node.childNodes)) walk(c, w, root, depth + 1);
    w.flush(false);
    return;
  }
  const block = BLOCKS.has(tag) && !w.inItemWithoutText();
  const bold = BOLD.has(tag);
  if (block) w.flush(true);
  // A bold label ("<strong>Minimum qualifications:<br></strong>", LinkedIn's JSON-LD) starts its own line
  // even when the page glues it to the sentence before.
  else if (bold && LABEL.test(el.textContent ?? '')) w.flush(false);
  if (bold) w.bold(1);
  for (const c of Array.from(node.childNodes)) walk(c, w, root, depth + 1);
  if (bold) w.bold(-1);
  if (block) w.flush(true);
  else if (tag === 'td' || tag === 'th') w.text(' ');
}

/** Normalises blank lines: none at the ends, never two in a row, none between consecutive bullets. */
export function tidy(lines: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l === '') {
      if (out.length === 0 || out[out.length - 1] === '') continue;
      const next = lines.slice(i + 1).find((x) => x !== '');
      if (out[out.length - 1]?.startsWith('- ') && next?.startsWith('- ')) continue;
    }
    out.push(l);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** The text of an element (or a parsed fragment), as posting text. */
export function elementText(root: Element | DocumentFragment): string {
  const w = new Writer();
  walk(root, w, root as Element);
  w.flush(true);
  return tidy(w.lines);
}

/** Length of the text a reader would see in an element, with the same skipping as elementText. */
export function visibleLength(el: Element, root: Element = el, depth = 0): number {
  let n = 0;
  if (depth > MAX_DEPTH) return n;
  for (const c of Array.from(el.childNodes)) {
    if (c.nodeType === 3) n += (c.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    else if (c.nodeType === 1 && !isSkipped(c as Element, root)) n += visibleLength(c as Element, root, depth + 1);
  }
  return n;
}
