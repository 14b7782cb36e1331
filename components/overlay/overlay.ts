// The on-page badge, drawn so that the page can neither read nor alter it:
// - the host is a plain <div>: a page can predefine a custom element name (and then reach a closed shadow root
//   through ElementInternals, or attach its own root first), never a built-in element the script creates itself;
// - everything drawn is in a closed shadow root attached before the host enters the document, and the host
//   carries nothing about the state: one marker attribute, the popover attribute, no data-kind, no position;
// - its words are CSS generated content (attr()), not text nodes, since window.find() searches the text of
//   closed shadow roots: a page could ask it "Strong fit?";
// - the host box has one size whatever it says, so measuring it tells the page nothing about the profile;
// - it sits in the top layer (a manual popover), above any z-index and outside any transform of the page; where
//   popovers are missing it falls back to a fixed box at the highest z-index;
// - nothing here throws into the page: every DOM call that could fail is guarded.
// Plain DOM (no framework) keeps the content script small. No text is ever parsed as HTML.
import type { OverlayState } from '../../lib/messages';
import { overlayContent, type OverlayContent } from '../../lib/badge';

/** The marker of Postfit's host element; a newer script finds an older one's badge by it. */
export const OVERLAY_ATTR = 'data-postfit-overlay';
/** Where the host is: a child of the root element. */
export const OVERLAY_SELECTOR = `html > div[${OVERLAY_ATTR}]`;
/** The element name of earlier versions (a page could predefine it), removed like a current badge when a new script
 * takes over after an update. */
const LEGACY_TAG = 'postfit-overlay';

/** The host box, identical for every state; the visible pill sits inside it with room for its shadow. */
export const OVERLAY_SIZE = { width: 276, height: 44 } as const;

export interface OverlayCallbacks {
  /** The badge was activated (click, Enter, Space): open the side panel. */
  onOpen(): void;
  /** The user hid Postfit on this site. */
  onDismiss(): void;
}

export interface Overlay {
  /** Shows the state; 'dismissed' removes the badge. */
  render(state: OverlayState): void;
  remove(): void;
  /** Moves the badge off the page's Apply button if it covers one; puts it back on top if the page took it off. */
  reposition(): void;
  readonly host: HTMLElement;
}

const POSITIONS = {
  bl: 'left: 12px !important; bottom: 12px !important;',
  br: 'right: 12px !important; bottom: 12px !important;',
  ml: 'left: 12px !important; bottom: 45vh !important;',
} as const;
type Position = keyof typeof POSITIONS;

// !important in a shadow root's :host rule beats the page's own !important rules and inline styles on the host
// (CSS Cascade: for important declarations the inner tree context wins), so no page style reaches the box.
const CSS = `
:host { all: initial !important; direction: ltr !important; unicode-bidi: isolate !important;
  position: fixed !important; z-index: 2147483647 !important; display: block !important; box-sizing: border-box !important;
  width: ${OVERLAY_SIZE.width}px !important; height: ${OVERLAY_SIZE.height}px !important; min-width: 0 !important;
  max-width: none !important; min-height: 0 !important; max-height: none !important; margin: 0 !important;
  padding: 0 !important; border: 0 !important; inset: auto !important; overflow: hidden !important;
  contain: strict !important; background: transparent !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; pointer-events: auto !important; }
[data-text]::before { content: attr(data-text); }
.pf { position: absolute; inset: 3px; box-sizing: border-box; display: flex; align-items: stretch;
  font: 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-radius: 999px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; }
button { all: unset; box-sizing: border-box; cursor: pointer; font: inherit; color: inherit; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: -2px; }
.open { flex: 1 1 auto; min-width: 0; display: flex; align-items: center; gap: 6px; padding: 0 4px 0 5px; }
.open:hover { background: rgba(0,0,0,.05); }
.score { flex: none; display: inline-grid; place-items: center; min-width: 26px; height: 24px; padding: 0 5px;
  border-radius: 999px; color: #fff; font-weight: 700; font-variant-numeric: tabular-nums; box-sizing: border-box; }
.lines { min-width: 0; display: flex; flex-direction: column; justify-content: center; }
.word, .detail { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-right: 4px; }
.detail { font-size: 11px; color: #57606a; }
.detail:not([data-text]) { display: none; }
.x { flex: none; padding: 0 11px 0 7px; color: #57606a; font-size: 15px; display: flex; align-items: center; }
.x:hover { background: rgba(0,0,0,.07); color: #1f2328; }
@media (prefers-color-scheme: dark) {
  .pf { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 1px 3px rgba(0,0,0,.6); }
  .open:hover, .x:hover { background: rgba(255,255,255,.08); }
  .x, .detail { color: #8d96a0; } .x:hover { color: #e6edf3; }
  button:focus-visible { outline-color: #4493f8; }
}
`;

/** What a host shows, for tests: the closed root is out of reach, in linkedom as in browsers. */
const shownKinds = new WeakMap<Element, OverlayState['kind']>();

/** The kind of state a Postfit host shows; null when it shows nothing (tests). */
export function shownKind(host: Element | null | undefined): OverlayState['kind'] | null {
  return (host && host.isConnected && shownKinds.get(host)) || null;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  return e;
}

/** Visible words without a text node: generated content from an attribute of the closed tree. */
function setText(e: Element, text: string | null): void {
  if (text) e.setAttribute('data-text', text);
  else e.removeAttribute('data-text');
}

const APPLY = /\b(apply|bewerben|bewerbung|postuler|candidatar|solliciteren|aplicar|candidater)\b|easy apply|jetzt bewerben/i;

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && b.width > 0 && b.height > 0;
}

/** Visible Apply buttons and links on the page (first 300 candidates, enough for any posting page). */
function applyRects(doc: Document): DOMRect[] {
  const out: DOMRect[] = [];
  const candidates = doc.querySelectorAll('button, a[href], [role="button"], input[type="submit"]');
  for (let i = 0; i < candidates.length && i < 300; i++) {
    const c = candidates[i]!;
    const label = `${c.textContent ?? ''} ${c.getAttribute('aria-label') ?? ''} ${(c as HTMLInputElement).value ?? ''}`;
    if (label.length > 200 || !APPLY.test(label)) continue;
    out.push(c.getBoundingClientRect());
  }
  return out;
}

/** Postfit's hosts in the document: the root element's children with the marker (or the earlier element name). */
function hosts(doc: Document): Element[] {
  return Array.from(doc.documentElement?.children ?? []).filter(
    (e) => (e.localName === 'div' && e.hasAttribute(OVERLAY_ATTR)) || e.localName === LEGACY_TAG,
  );
}

/** Removes every Postfit badge from the document: a new content script starts with this, since a script cut off
 * by an extension update may have left its badge behind. Returns how many there were. */
export function removeOverlays(doc: Document): number {
  const left = hosts(doc);
  for (const e of left) {
    try {
      e.remove();
    } catch {
      // a node the page made unremovable stays; it holds nothing of ours
    }
  }
  return left.length;
}

/** The closed tree of the badge, built before the host is in the document; null if the browser refuses. */
function build(doc: Document, host: HTMLElement, cb: OverlayCallbacks) {
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return null;
  }
  // One stylesheet, its last rule the position: in the closed tree, not on the host.
  const style = doc.createElement('style');
  let placed: Position | null = null;
  const box = el(doc, 'div', 'pf');
  box.setAttribute('role', 'complementary');
  box.setAttribute('aria-label', 'Postfit');
  const open = el(doc, 'button', 'open');
  open.type = 'button';
  const badge = el(doc, 'span', 'score');
  badge.setAttribute('aria-hidden', 'true');
  const lines = el(doc, 'span', 'lines');
  const word = el(doc, 'span', 'word');
  const detail = el(doc, 'span', 'detail');
  lines.append(word, detail);
  open.append(badge, lines);
  const close = el(doc, 'button', 'x');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Hide Postfit on this site');
  close.title = 'Hide Postfit on this site';
  box.append(open, close);
  root.append(style, box);
  open.addEventListener('click', (e) => {
    e.stopPropagation();
    cb.onOpen();
  });
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    cb.onDismiss();
  });

  return {
    show(c: OverlayContent, kind: OverlayState['kind']) {
      setText(badge, c.badge);
      badge.style.background = c.color;
      setText(word, c.word);
      setText(detail, c.detail);
      open.setAttribute('aria-label', c.label);
      open.title = c.label;
      box.setAttribute('data-kind', kind); // inside the closed tree: for the browser tests, not for the page
    },
    place(pos: Position) {
      if (pos === placed) return; // on every scroll: no new stylesheet when nothing moves
      placed = pos;
      style.textContent = `${CSS}:host { ${POSITIONS[pos]} }\n`;
    },
  };
}

export function createOverlay(doc: Document, cb: OverlayCallbacks): Overlay {
  const host = doc.createElement('div');
  host.setAttribute(OVERLAY_ATTR, '');
  host.setAttribute('popover', 'manual');
  const tree = build(doc, host, cb);
  let shown: OverlayState['kind'] | null = null;
  tree?.place('bl');

  /** Into the document and the top layer; the page may have removed it (single-page apps) or closed the popover. */
  function raise(): void {
    if (!tree || !shown) return;
    try {
      if (!host.isConnected) (doc.documentElement ?? doc.body)?.appendChild(host);
    } catch {
      return; // a document that refuses the node: nothing shows, nothing breaks
    }
    if (typeof host.showPopover !== 'function') return; // no popovers: the fixed box at the highest z-index
    let open = false;
    try {
      open = host.matches(':popover-open');
    } catch {
      // a browser that does not know the selector: show it (again)
    }
    try {
      if (!open) host.showPopover();
    } catch {
      // refused by the browser: the fixed box still shows, and the next render or scroll tries again
    }
  }

  function reposition(): void {
    if (!tree || !shown) return;
    try {
      raise();
      if (!host.isConnected) return;
      const rects = applyRects(doc);
      for (const pos of Object.keys(POSITIONS) as Position[]) {
        tree.place(pos);
        const mine = host.getBoundingClientRect();
        if (!rects.some((r) => intersects(mine, r))) return;
      }
      tree.place('bl');
    } catch {
      // a page whose layout cannot be read keeps the badge where it is
    }
  }

  function remove(): void {
    shown = null;
    shownKinds.delete(host);
    try {
      host.remove();
    } catch {
      // already gone
    }
  }

  return {
    host,
    render(state) {
      const c = overlayContent(state);
      if (!c || !tree) {
        remove();
        return;
      }
      try {
        tree.show(c, state.kind);
      } catch {
        remove();
        return;
      }
      shown = state.kind;
      shownKinds.set(host, state.kind);
      reposition();
    },
    remove,
    reposition,
  };
}
