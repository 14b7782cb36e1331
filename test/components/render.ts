// Renders a Preact tree into a linkedom document (no browser): enough to check the markup components produce.
import { render, type ComponentChild } from 'preact';
import { parseHTML } from 'linkedom';

export function renderToDom(node: ComponentChild): HTMLElement {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  Object.assign(g, { document, window });
  try {
    const root = document.getElementById('root') as unknown as HTMLElement;
    render(node, root);
    return root;
  } finally {
    Object.assign(g, saved);
  }
}
