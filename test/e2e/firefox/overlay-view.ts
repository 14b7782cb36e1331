// The overlay as a Firefox tab shows it, read from WebDriver BiDi's serialization of the document with its
// closed shadow root: the same view as the Chromium tests' readOverlay (test/e2e/pages.ts), which reads it
// through the DevTools protocol.
import type { Page } from 'puppeteer-core';
import { OVERLAY_TAG } from '../../../components/overlay/overlay';
import type { OverlayView } from '../pages';
import type { BidiNode, Firefox } from './firefox';

const ELEMENT = 1;
const TEXT = 3;

function children(n: BidiNode): BidiNode[] {
  return n.value?.children ?? [];
}

export interface FirefoxOverlayView extends OverlayView {
  /** The shadow root's mode ('closed' expected). */
  mode: string | null;
}

/** What the overlay host in the serialized nodes shows; none when there is no host. */
export function overlayView(hosts: BidiNode[]): FirefoxOverlayView {
  const host = hosts[0]?.value;
  if (!host) return { count: 0, kind: null, text: '', label: null, buttons: 0, mode: null };
  let text = '';
  let label: string | null = null;
  let buttons = 0;
  const visit = (n: BidiNode): void => {
    const v = n.value;
    if (!v || v.localName === 'style') return;
    if (v.nodeType === TEXT) text += v.nodeValue ?? '';
    if (v.nodeType === ELEMENT && v.localName === 'button') {
      buttons++;
      label ??= v.attributes?.['aria-label'] ?? null;
    }
    for (const c of children(n)) visit(c);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  const mode = host.shadowRoot?.value?.mode ?? null;
  return { count: hosts.length, kind: host.attributes?.['data-kind'] ?? null, text: text.trim(), label, buttons, mode };
}

export async function readOverlay(ff: Firefox, page: Page): Promise<FirefoxOverlayView> {
  const r = await ff.evaluateWithShadows(page, `[...document.querySelectorAll(${JSON.stringify(OVERLAY_TAG)})]`);
  if (r.type !== 'array') throw new Error(`Expected an array of nodes, got ${r.type}`);
  return overlayView(r.value as BidiNode[]);
}
