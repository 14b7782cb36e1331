// Helpers for driving the content script and overlay in real Chromium: serve fixture pages at the boards' real
// addresses (nothing reaches the network), read the overlay inside its closed shadow root (through the DevTools
// protocol, which pierces it), set the profile the way a user does (backup import in the popup), and run the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Launched } from './browser';
import { OVERLAY_ATTR } from '../../components/overlay/overlay';

/** The extension APIs used inside worker.evaluate / page.evaluate callbacks (they run in the browser). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<never> };
};

export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES = join(ROOT, 'test/fixtures/pages');
export const EXAMPLE_PROFILE = join(ROOT, 'assets/examples/ml-platform-engineer.profile.json');

export interface Fixture {
  board: string;
  file: string;
  url: string;
  posting: boolean;
  title: string;
}

export function fixture(board: string, name: string): Fixture {
  const file = join(PAGES, board, `${name}.html`);
  const exp = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as { url: string; posting: boolean; title: string };
  return { board, file, url: exp.url, posting: exp.posting, title: exp.title };
}

/** Serves each address's HTML; every other request of the context is aborted (no network in tests). */
export async function serve(context: BrowserContext, pages: Map<string, string>): Promise<void> {
  await context.route(/^https?:\/\//, (route) => {
    const u = new URL(route.request().url());
    u.hash = '';
    const body = pages.get(u.href) ?? pages.get(u.origin + u.pathname);
    return body != null ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.abort();
  });
}

export interface OverlayView {
  /** How many overlay hosts the document has. */
  count: number;
  kind: string | null;
  /** The text inside the closed shadow root (style excluded). */
  text: string;
  /** aria-label of the main button. */
  label: string | null;
  buttons: number;
}

interface CdpNode {
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function attrs(n: CdpNode): Record<string, string> {
  const a = n.attributes ?? [];
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < a.length; i += 2) out[a[i]!] = a[i + 1]!;
  return out;
}

/** Postfit's host (components/overlay/overlay.ts): a <div> child of <html> with the marker attribute. */
const isHost = (n: CdpNode, parent: CdpNode | null) => n.nodeName === 'DIV' && parent?.nodeName === 'HTML' && OVERLAY_ATTR in attrs(n);

function overlayHosts(root: CdpNode): CdpNode[] {
  const out: CdpNode[] = [];
  const visit = (n: CdpNode, parent: CdpNode | null): void => {
    if (isHost(n, parent)) out.push(n);
    for (const c of n.children ?? []) visit(c, n);
  };
  visit(root, null);
  return out;
}

export async function readOverlay(page: Page): Promise<OverlayView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts = overlayHosts(root);
    const host = hosts[0];
    if (!host) return { count: 0, kind: null, text: '', label: null, buttons: 0 };
    let text = '';
    let label: string | null = null;
    let buttons = 0;
    let kind: string | null = null;
    const shadow = host.shadowRoots?.[0];
    if (shadow) {
      // The words are drawn from data-text attributes (generated content), the × is a text node.
      const texts = (n: CdpNode): void => {
        if (n.nodeName === 'STYLE') return;
        if (n.nodeName === '#text') text += n.nodeValue ?? '';
        const a = attrs(n);
        if (a['data-text'] != null) text += a['data-text'];
        if (a['data-kind'] != null) kind ??= a['data-kind'];
        if (n.nodeName === 'BUTTON') {
          buttons++;
          label ??= a['aria-label'] ?? null;
        }
        for (const c of n.children ?? []) texts(c);
      };
      texts(shadow);
    }
    return { count: hosts.length, kind, text: text.trim(), label, buttons };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The shadow root's mode as the browser reports it ('closed' expected). */
export async function shadowMode(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { shadowRootType?: string } };
    const host = overlayHosts(root)[0];
    return (host?.shadowRoots?.[0] as { shadowRootType?: string } | undefined)?.shadowRootType ?? null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** A backup file holding only this profile, as Backup → Export would write it; returns its path. */
export function profileBackup(profileFile = EXAMPLE_PROFILE): string {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), 'postfit-profile-'));
  const file = join(dir, 'postfit-backup.json');
  writeFileSync(file, JSON.stringify({ format: 'postfit-backup', version: 1, exportedAt: Date.now(), profile, postings: [], settings: [] }));
  return file;
}

/** Imports a profile the way a user restores one: a backup file chosen in the popup, "Replace". */
export async function importProfile(browser: Launched, profileFile = EXAMPLE_PROFILE): Promise<void> {
  await importFile(browser, profileBackup(profileFile), /Backup/);
}

/** Chooses a file in the popup's Backup → import, presses "Replace" and waits for the status that says it worked. */
export async function importFile(browser: Launched, file: string, done: RegExp): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('main[aria-busy="false"]').waitFor();
  await popup.getByText('Backup', { exact: true }).click();
  await popup.locator('input[type="file"][aria-label="Backup file to import"]').setInputFiles(file);
  await popup.getByRole('button', { name: 'Replace' }).click();
  await popup.getByRole('status').filter({ hasText: done }).waitFor();
  await popup.close();
}

export interface CliResult {
  title: string | null;
  report: { score: number | null; verdict: string; found: number };
}

/** `npm run fit -- --profile P --url U FILE --json`, as a user would run it. */
export function cliFit(file: string, url: string, profileFile = EXAMPLE_PROFILE): CliResult {
  const out = execFileSync('node', ['lib/cli/launch.mjs', 'fit', '--profile', profileFile, '--url', url, file, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as CliResult;
}

/** The id of the tab opened last (no "tabs" permission: urls are not visible to the extension). */
export const newestTabId = (browser: Launched): Promise<number> =>
  browser.worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id!)));

/** The background's answer to report:get for a tab, asked from an extension page as the side panel does. */
export async function reportFor(browser: Launched, tabId: number): Promise<{ status: string; record?: { title: string | null }; report?: { score: number | null } | null }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return await page.evaluate((id) => chrome.runtime.sendMessage({ type: 'report:get', tabId: id }), tabId);
  } finally {
    await page.close();
  }
}
