import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built extension; POSTFIT_EXTENSION_DIR points elsewhere (a copy, so that a concurrent build cannot change it mid-run). */
export const EXTENSION_DIR = process.env.POSTFIT_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  /** The last lines Chromium's processes logged (the DBus noise of a machine without a session bus left out). */
  log(): string[];
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

const LOG_LINES = 200;
/** Browsers launched and not yet closed: what test/e2e/on-failure.ts reports on when a test fails. */
export const OPEN = new Set<Launched>();

function lastLines(file: string): string[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return ['(no log file)'];
  }
  return text.split('\n').filter((l) => l && !/dbus/i.test(l)).slice(-LOG_LINES).map((l) => l.slice(0, 400));
}

/** Real Chromium with the built extension loaded, as a user would have it (or another build of it: `extensionDir`). */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<Launched> {
  const dir = mkdtempSync(join(tmpdir(), 'postfit-e2e-'));
  // Developer mode on, as for anyone who loads the extension unpacked (README): without it Chromium disables an
  // unpacked extension that reloads (chrome.runtime.reload(): DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every process's log goes to <profile>/chrome_debug.log, read when a test fails (test/e2e/on-failure.ts).
      '--enable-logging',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const launched: Launched = {
    context,
    log: () => lastLines(join(dir, 'chrome_debug.log')),
    worker,
    extensionId,
    async close() {
      OPEN.delete(launched);
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  OPEN.add(launched);
  return launched;
}
