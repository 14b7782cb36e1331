// axe-core in real Chromium on the extension's pages and on the overlay in its closed shadow root.
// axe is injected with page.evaluate (the DevTools protocol's Runtime.evaluate is not subject to the extension
// page's CSP, where a <script> tag would be). The overlay's shadow root is closed and axe reads `host.shadowRoot`;
// the test hands the real root to axe through the DevTools protocol (which pierces closed roots): an own
// `shadowRoot` property on the host's main-world wrapper. The content script lives in its isolated world and never
// sees it, and nothing in the shipped extension changes, so axe checks the overlay exactly as users get it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { OVERLAY_SELECTOR } from '../../components/overlay/overlay';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's violations in the page (or under `selector`), one line per node: target and what fails. */
export async function axeViolations(page: Page, selector?: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(
    async ({ tags, selector }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
      const context = selector ? document.querySelector(selector) : document;
      const r = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
      }));
    },
    { tags: AXE_TAGS, selector },
  );
}

/** Gives the overlay host a main-world `shadowRoot` that returns its closed root, so that axe can walk into it. */
export async function exposeOverlayRoot(page: Page, hostSelector = OVERLAY_SELECTOR): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${hostSelector} on the page`);
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as {
      node: { backendNodeId: number; shadowRoots?: { backendNodeId: number; shadowRootType?: string }[] };
    };
    const shadow = node.shadowRoots?.[0];
    if (shadow?.shadowRootType !== 'closed') throw new Error(`expected a closed shadow root, got ${shadow?.shadowRootType}`);
    const resolve = async (backendNodeId: number) =>
      ((await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } }).object.objectId;
    await cdp.send('Runtime.callFunctionOn', {
      objectId: await resolve(node.backendNodeId),
      functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { get: () => root, configurable: true }); }',
      arguments: [{ objectId: await resolve(shadow.backendNodeId) }],
    });
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** axe on the page as it is now, in light and dark; a screenshot of each to look at. Violations by scheme. */
export async function bothSchemes(page: Page, shot: string, fullPage = false): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const v = await axeViolations(page);
    if (v.length) out[scheme] = v;
    await page.screenshot({ path: `${shot}-${scheme}.png`, fullPage });
  }
  return out;
}
