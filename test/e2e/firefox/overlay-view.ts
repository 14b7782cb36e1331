// The overlay as a Firefox tab shows it, read from WebDriver BiDi's serialization of the document with its
// closed shadow root: the same view as the Chromium tests' readOverlay (test/e2e/pages.ts), which reads it
// through the DevTools protocol.
import type { Page } from 'puppeteer-core';
import { OVERLAY_SELECTOR } from '../../../components/overlay/overlay';
import type { OverlayView } from '../pages';
import type { BidiNode, Firefox } from './firefox';

const ELEMENT = 1;
const TEXT = 3;

export interface FirefoxOverlayView extends OverlayView {
  /** The shadow root's mode ('closed' expected). */
  mode: string | null;
  /** Whether the host is an open popover, in the top layer above anything the page draws. */
  topLayer: boolean;
}

/** What the overlay hosts in the serialized nodes show; none when there is no host. */
export function overlayView(hosts: BidiNode[], topLayer: boolean): FirefoxOverlayView {
  const host = hosts[0]?.value;
  if (!host) return { count: 0, kind: null, text: '', label: null, buttons: 0, mode: null, topLayer };
  let text = '';
  let label: string | null = null;
  let buttons = 0;
  let kind: string | null = null;
  // The words are drawn from data-text attributes (generated content), the × is a text node.
  const visit = (n: BidiNode): void => {
    const v = n.value;
    if (!v || v.localName === 'style') return;
    if (v.nodeType === TEXT) text += v.nodeValue ?? '';
    const a = v.nodeType === ELEMENT ? (v.attributes ?? {}) : {};
    if (a['data-text'] != null) text += a['data-text'];
    if (a['data-kind'] != null) kind ??= a['data-kind'];
    if (v.localName === 'button') {
      buttons++;
      label ??= a['aria-label'] ?? null;
    }
    for (const c of v.children ?? []) visit(c);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  const mode = host.shadowRoot?.value?.mode ?? null;
  return { count: hosts.length, kind, text: text.trim(), label, buttons, mode, topLayer };
}

export async function readOverlay(ff: Firefox, page: Page): Promise<FirefoxOverlayView> {
  const selector = JSON.stringify(OVERLAY_SELECTOR);
  const r = await ff.evaluateWithShadows(page, `[...document.querySelectorAll(${selector})]`);
  if (r.type !== 'array') throw new Error(`Expected an array of nodes, got ${r.type}`);
  const open = await ff.evaluateWithShadows(page, `document.querySelector(${selector})?.matches(':popover-open') === true`);
  return overlayView(r.value as BidiNode[], open.value === true);
}
