// The on-page badge: one small button in a closed shadow root, so the page's scripts cannot reach into it and
// its styles cannot leak either way. Plain DOM (no framework) keeps the content script small. Text is only ever
// set with textContent: nothing from the page or the background is parsed as HTML.
import type { OverlayState } from '../../lib/messages';
import { VERDICT_COLORS } from '../../lib/badge';

export const OVERLAY_TAG = 'postfit-overlay';

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
  /** Moves the badge off the page's Apply button if it covers one. */
  reposition(): void;
  readonly host: HTMLElement;
}

const VERDICT_WORD = { strong: 'Strong fit', partial: 'Partial fit', weak: 'Weak fit' } as const;

const CSS = `
:host { all: initial !important; position: fixed !important; z-index: 2147483646 !important; left: 12px !important;
  bottom: 12px !important; top: auto !important; right: auto !important; display: block !important; }
:host([data-pos="br"]) { left: auto !important; right: 12px !important; }
:host([data-pos="ml"]) { bottom: 45vh !important; }
:host([hidden]) { display: none !important; }
.pf { display: flex; align-items: stretch; font: 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328; background: #fff; border: 1px solid #d0d7de; border-radius: 999px;
  box-shadow: 0 2px 8px rgba(0,0,0,.18); overflow: hidden; max-width: 380px; }
button { all: unset; box-sizing: border-box; cursor: pointer; font: inherit; color: inherit; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: -2px; }
.open { display: flex; align-items: center; gap: 6px; padding: 5px 4px 5px 6px; min-height: 28px; }
.open:hover { background: rgba(0,0,0,.05); }
.score { display: inline-grid; place-items: center; min-width: 26px; height: 22px; padding: 0 5px; border-radius: 999px;
  color: #fff; font-weight: 700; font-variant-numeric: tabular-nums; box-sizing: border-box; }
.word { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-right: 4px; }
.note { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; padding-right: 4px; font-size: 12px; color: #57606a; }
.note[data-blocking] { color: #cf222e; font-weight: 600; }
.note[hidden] { display: none; }
.x { padding: 0 9px 0 6px; color: #57606a; font-size: 15px; display: flex; align-items: center; }
.x:hover { background: rgba(0,0,0,.07); color: #1f2328; }
@media (prefers-color-scheme: dark) {
  .pf { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 2px 8px rgba(0,0,0,.6); }
  .open:hover, .x:hover { background: rgba(255,255,255,.08); }
  .x { color: #8d96a0; } .x:hover { color: #e6edf3; }
  .note { color: #8d96a0; } .note[data-blocking] { color: #ff7b72; }
  button:focus-visible { outline-color: #4493f8; }
}
@media (prefers-reduced-motion: no-preference) { .pf { transition: opacity .15s; } }
`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

export interface Described {
  badge: string;
  word: string;
  color: string;
  label: string;
  /** Visa and work-authorisation statements, shown after the verdict: "No visa sponsorship". */
  note?: { text: string; blocking: boolean };
}

/** Words and colour for a state; null when nothing should show. */
export function describe(state: OverlayState): Described | null {
  switch (state.kind) {
    case 'score': {
      const word = VERDICT_WORD[state.verdict];
      const missing = state.missingRequired ? `, ${state.missingRequired} required skill${state.missingRequired === 1 ? '' : 's'} missing` : '';
      const work = state.work ?? [];
      // The badge has room for one statement (a blocking one first, see overlayFor); the rest are counted.
      const noteText = work.length ? `${work[0]!.label}${work.length > 1 ? ` +${work.length - 1}` : ''}` : '';
      // The sentences go into the name and tooltip only: the badge itself has room for the labels alone.
      const said = work.map((w) => `${w.label}${w.blocking ? ' (a dealbreaker for you)' : ''}${w.sentence ? `: “${w.sentence}”` : ''}`).join('. ');
      // The name holds the visible "72 Strong fit" as it reads (WCAG 2.5.3, label in name), then what it means.
      const label = `Postfit: ${state.score} ${word.toLowerCase()}${noteText ? ` ${noteText}` : ''}, a score of ${state.score} out of 100${missing}.${said ? ` ${said}.` : ''} Open the report`;
      const note = noteText ? { text: noteText, blocking: work.some((w) => w.blocking) } : undefined;
      return { badge: String(state.score), word, color: VERDICT_COLORS[state.verdict], label, ...(note ? { note } : {}) };
    }
    case 'no-profile':
      return { badge: '?', word: 'Set up your profile', color: VERDICT_COLORS.neutral, label: 'Postfit: set up your profile to see how this job fits. Open Postfit' };
    case 'thin':
      return { badge: '–', word: 'Too few requirements found', color: VERDICT_COLORS.neutral, label: 'Postfit: too few requirements found to judge this job. Open the report' };
    case 'error':
      return { badge: '!', word: 'Could not read this job', color: VERDICT_COLORS.weak, label: 'Postfit could not read this job. Open Postfit' };
    case 'dismissed':
      return null;
  }
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

/** Removes every Postfit badge from the document: a new content script starts with this, since a script cut off
 * by an extension update may have left its badge behind. Returns how many there were. */
export function removeOverlays(doc: Document): number {
  const left = doc.querySelectorAll(OVERLAY_TAG);
  left.forEach((e) => e.remove());
  return left.length;
}

export function createOverlay(doc: Document, cb: OverlayCallbacks): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('data-pos', 'bl');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = el(doc, 'div', 'pf');
  box.setAttribute('role', 'complementary');
  box.setAttribute('aria-label', 'Postfit');
  const open = el(doc, 'button', 'open');
  open.type = 'button';
  const badge = el(doc, 'span', 'score');
  badge.setAttribute('aria-hidden', 'true');
  const word = el(doc, 'span', 'word');
  // The space is not drawn (flex items) but makes the visible text "72 Strong fit", not "72Strong fit", for
  // assistive technology matching the visible label to the name.
  const note = el(doc, 'span', 'note');
  note.hidden = true;
  // The note's space exists only with a note, so the button's text stays exactly "72 Strong fit" without one.
  const noteSpace = doc.createTextNode('');
  open.append(badge, ' ', word, noteSpace, note);
  const close = el(doc, 'button', 'x', '×');
  close.type = 'button';
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

  function reposition(): void {
    if (!host.isConnected || host.hidden) return;
    const rects = applyRects(doc);
    for (const pos of ['bl', 'br', 'ml']) {
      host.setAttribute('data-pos', pos);
      const mine = host.getBoundingClientRect();
      if (!rects.some((r) => intersects(mine, r))) return;
    }
    host.setAttribute('data-pos', 'bl');
  }

  return {
    host,
    render(state) {
      const d = describe(state);
      if (!d) {
        host.remove();
        return;
      }
      badge.textContent = d.badge;
      badge.style.background = d.color;
      word.textContent = d.word;
      note.textContent = d.note?.text ?? '';
      noteSpace.data = d.note ? ' ' : '';
      note.hidden = !d.note;
      note.toggleAttribute('data-blocking', !!d.note?.blocking);
      open.setAttribute('aria-label', d.label);
      open.title = d.label;
      host.setAttribute('data-kind', state.kind);
      // The page may have replaced the document's children (single-page apps): put the badge back.
      if (!host.isConnected) (doc.documentElement ?? doc.body)?.appendChild(host);
      reposition();
    },
    remove() {
      host.remove();
    },
    reposition,
  };
}
