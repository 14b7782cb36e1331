import { describe, expect, it, vi } from 'vitest';
import { whenParsed } from '../../lib/content/when-parsed';

describe('whenParsed (the board script loads at document_start)', () => {
  it('waits for DOMContentLoaded while the document is still loading', () => {
    const doc = { readyState: 'loading' as DocumentReadyState };
    const handlers: (() => void)[] = [];
    const start = vi.fn();
    whenParsed(doc, (type, cb) => {
      expect(type).toBe('DOMContentLoaded');
      handlers.push(cb);
    }, start);
    expect(start).not.toHaveBeenCalled();
    doc.readyState = 'interactive';
    for (const h of handlers) h();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it.each(['interactive', 'complete'] as const)('starts at once when the document is %s (a script injected into an open tab)', (state) => {
    const listen = vi.fn();
    const start = vi.fn();
    whenParsed({ readyState: state }, listen, start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(listen).not.toHaveBeenCalled();
  });
});
