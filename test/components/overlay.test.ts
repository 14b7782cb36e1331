// The overlay's host and tree under linkedom: nothing of the state on the host or in text nodes, one host whatever
// the page defined, and never an exception, even when the DOM calls it makes fail (a browser refusing a shadow
// root or a popover, a document refusing the node). The browser half is test/e2e/hostile-overlay.e2e.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { createOverlay, OVERLAY_ATTR, OVERLAY_SELECTOR, removeOverlays, shownKind } from '../../components/overlay/overlay';
import { BADGE_WORDS } from '../fixtures/hostile/overlay-pages';
import type { OverlayState } from '../../lib/messages';

const STATES: OverlayState[] = [
  { kind: 'score', score: 91, verdict: 'strong', missingRequired: 0 },
  { kind: 'score', score: 7, verdict: 'weak', missingRequired: 12 },
  { kind: 'no-profile' },
  { kind: 'thin' },
  { kind: 'error', message: 'x'.repeat(300) },
];
const NOOP = { onOpen() {}, onDismiss() {} };

function page() {
  const { document } = parseHTML('<!doctype html><html><head></head><body><main><p>A posting.</p></main></body></html>');
  return document as unknown as Document;
}

/** Keeps the closed root the overlay makes (linkedom's closed roots are as unreachable as the browser's). */
function withRoot(doc: Document, make: () => void): ShadowRoot {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.createElement('div'))) as { attachShadow(i: ShadowRootInit): ShadowRoot };
  const spy = vi.spyOn(proto, 'attachShadow');
  make();
  const root = spy.mock.results[0]!.value as ShadowRoot;
  spy.mockRestore();
  return root;
}

const textNodes = (n: Node): string[] =>
  Array.from(n.childNodes).flatMap((c) => (c.nodeType === 3 ? [c.nodeValue ?? ''] : c.nodeName === 'STYLE' ? [] : textNodes(c)));

afterEach(() => vi.restoreAllMocks());

describe('the overlay host', () => {
  it('is a plain <div> under <html> carrying the same two attributes in every state, and no text', () => {
    const doc = page();
    const o = createOverlay(doc, NOOP);
    const seen = new Set<string>();
    for (const s of STATES) {
      o.render(s);
      expect(o.host.localName).toBe('div');
      expect(o.host.parentElement).toBe(doc.documentElement);
      expect(doc.querySelector(OVERLAY_SELECTOR)).toBe(o.host);
      seen.add(JSON.stringify(o.host.getAttributeNames().sort().map((a) => [a, o.host.getAttribute(a)])));
      expect(o.host.childNodes).toHaveLength(0);
      expect(o.host.textContent).toBe('');
      expect(shownKind(o.host)).toBe(s.kind);
    }
    expect([...seen]).toEqual([JSON.stringify([[OVERLAY_ATTR, ''], ['popover', 'manual']])]);
  });

  it('draws its words as generated content: no text node holds a word of the badge (window.find reads text nodes)', () => {
    const doc = page();
    let o!: ReturnType<typeof createOverlay>;
    const root = withRoot(doc, () => (o = createOverlay(doc, NOOP)));
    for (const s of STATES) {
      o.render(s);
      expect(textNodes(root as unknown as Node)).toEqual(['×']);
      const drawn = Array.from(root.querySelectorAll('[data-text]')).map((e) => e.getAttribute('data-text')).join(' ');
      expect(BADGE_WORDS.some((w) => drawn.includes(w)), drawn).toBe(true);
    }
  });

  it('keeps a room for a second line: a detail is drawn below the words, and hidden when there is none', () => {
    const doc = page();
    let o!: ReturnType<typeof createOverlay>;
    const root = withRoot(doc, () => (o = createOverlay(doc, NOOP)));
    o.render({ kind: 'thin' });
    const detail = root.querySelector('.detail')!;
    expect(detail.hasAttribute('data-text')).toBe(false);
    expect(root.querySelector('style')!.textContent).toContain('.detail:not([data-text]) { display: none; }');
  });

  it('is a <div> even where the page defined the old element name and a customized <div>', () => {
    const doc = page();
    const win = doc.defaultView as unknown as { customElements: CustomElementRegistry; HTMLElement: typeof HTMLElement };
    let upgraded = 0;
    win.customElements.define('postfit-overlay', class extends win.HTMLElement {
      constructor() {
        super();
        upgraded++;
      }
    });
    const o = createOverlay(doc, NOOP);
    o.render(STATES[0]!);
    expect(o.host.localName).toBe('div');
    expect(upgraded).toBe(0);
  });

  it('is put back and raised when the page took it away; shown in the top layer where popovers exist', () => {
    const doc = page();
    const proto = Object.getPrototypeOf(doc.createElement('div')) as { showPopover?: () => void };
    const show = vi.fn();
    proto.showPopover = show;
    try {
      const o = createOverlay(doc, NOOP);
      o.render(STATES[0]!);
      expect(show).toHaveBeenCalledTimes(1);
      o.host.remove(); // the page re-renders its root element's children
      o.reposition(); // a scroll or resize
      expect(o.host.isConnected).toBe(true);
      expect(show).toHaveBeenCalledTimes(2);
      o.remove();
      o.reposition();
      expect(o.host.isConnected).toBe(false); // removed on purpose: stays away
      expect(shownKind(o.host)).toBeNull();
    } finally {
      delete proto.showPopover;
    }
  });
});

describe('never an exception', () => {
  it('a browser refusing the shadow root: nothing drawn, nothing thrown, nothing in the page', () => {
    const doc = page();
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(doc.createElement('div'))) as { attachShadow(i: ShadowRootInit): ShadowRoot };
    vi.spyOn(proto, 'attachShadow').mockImplementation(() => {
      throw new DOMException('Shadow root cannot be created on a host which already hosts a shadow tree.', 'NotSupportedError');
    });
    const before = doc.documentElement.children.length;
    const o = createOverlay(doc, NOOP);
    for (const s of STATES) expect(() => o.render(s)).not.toThrow();
    expect(() => o.reposition()).not.toThrow();
    expect(doc.documentElement.children.length).toBe(before);
    expect(doc.querySelector(OVERLAY_SELECTOR)).toBeNull();
  });

  it('popovers refused, layout unreadable, the node refused by the document: no throw', () => {
    const doc = page();
    const el = Object.getPrototypeOf(doc.createElement('div')) as Record<string, unknown>;
    el.showPopover = () => {
      throw new DOMException('Invalid on popover elements which aren’t already connected.', 'InvalidStateError');
    };
    try {
      const o = createOverlay(doc, NOOP);
      vi.spyOn(o.host, 'getBoundingClientRect').mockImplementation(() => {
        throw new Error('layout');
      });
      expect(() => o.render(STATES[0]!)).not.toThrow();
      expect(o.host.isConnected).toBe(true);
      o.host.remove();
      vi.spyOn(doc.documentElement, 'appendChild').mockImplementation(() => {
        throw new DOMException('refused', 'HierarchyRequestError');
      });
      expect(() => o.render(STATES[2]!)).not.toThrow();
      expect(() => o.reposition()).not.toThrow();
      expect(o.host.isConnected).toBe(false);
    } finally {
      delete el.showPopover;
    }
  });
});

describe('removeOverlays', () => {
  it('removes Postfit hosts under <html>, of this version and the earlier element name, and nothing of the page', () => {
    const doc = page();
    createOverlay(doc, NOOP).render(STATES[0]!);
    doc.documentElement.append(doc.createElement('postfit-overlay'));
    const pageOwn = doc.createElement('div');
    pageOwn.setAttribute(OVERLAY_ATTR, '');
    doc.querySelector('main')!.append(pageOwn); // deep in the page: not one of ours
    expect(removeOverlays(doc)).toBe(2);
    expect(doc.querySelector(OVERLAY_SELECTOR)).toBeNull();
    expect(doc.querySelector('postfit-overlay')).toBeNull();
    expect(pageOwn.isConnected).toBe(true);
  });
});
