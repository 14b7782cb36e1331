// Fixes for what axe-core found in real Chromium (test/e2e/a11y-*.e2e.ts), checked here on the markup.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createOverlay } from '../../components/overlay/overlay';
import { overlayContent as describeOverlay } from '../../lib/badge';
import { BackupButtons } from '../../components/popup/BackupButtons';
import { backupStore } from '../../components/popup/stores';
import type { OverlayState } from '../../lib/messages';
import { renderToDom } from './render';

/** Words as axe compares them for "label in name": lower case, letters and digits only. */
const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const containsInOrder = (name: string[], visible: string[]) =>
  name.some((_, i) => visible.every((w, k) => name[i + k] === w));

describe('accessibility fixes', () => {
  it('the overlay button’s name contains its visible text, in order (WCAG 2.5.3)', () => {
    const states: OverlayState[] = [
      { kind: 'score', score: 12, verdict: 'weak', missingRequired: 3 },
      { kind: 'score', score: 72, verdict: 'strong', missingRequired: 0 },
      { kind: 'score', score: 50, verdict: 'partial', missingRequired: 1 },
      { kind: 'no-profile' },
      { kind: 'thin' },
      { kind: 'error' } as OverlayState,
    ];
    for (const s of states) {
      const d = describeOverlay(s)!;
      expect(containsInOrder(words(d.label), words(`${d.badge} ${d.word}`)), d.label).toBe(true);
    }
  });

  it('the overlay button’s text has the score and the verdict as separate words, as its name does', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    // linkedom's closed roots are as unreachable as the browser's: keep the one the overlay makes.
    const proto = Object.getPrototypeOf(document.createElement('x-y')) as { attachShadow(init: ShadowRootInit): ShadowRoot };
    const original = proto.attachShadow;
    let root: ShadowRoot | null = null;
    proto.attachShadow = function (this: Element, init: ShadowRootInit) {
      return (root = original.call(this, init));
    };
    try {
      createOverlay(document as unknown as Document, { onOpen() {}, onDismiss() {} }).render({ kind: 'score', score: 12, verdict: 'weak', missingRequired: 3 });
    } finally {
      proto.attachShadow = original;
    }
    const open = root!.querySelector('button.open')!;
    // The words are generated content (attr(data-text)), each in its own element: separate words when drawn.
    const visible = Array.from(open.querySelectorAll('[data-text]')).map((e) => e.getAttribute('data-text'));
    expect(visible).toEqual(['12', 'Weak fit']);
    expect(open.textContent).toBe('');
    expect(containsInOrder(words(open.getAttribute('aria-label')!), words(visible.join(' ')))).toBe(true);
  });

  it('the backup’s list of problems, which scrolls when long, can take the keyboard focus and is named', () => {
    backupStore.setState({ errors: ['postings[0].id: expected string, received number'], fileName: 'bad.json' });
    const root = renderToDom(<BackupButtons />);
    const list = root.querySelector('.backup-errors ul')!;
    expect(list.getAttribute('tabindex')).toBe('0');
    expect(list.getAttribute('aria-label')).toBe('Problems found');
    expect(list.textContent).toBe('postings[0].id: expected string, received number');
  });
});
