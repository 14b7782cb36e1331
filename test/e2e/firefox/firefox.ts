// Real Firefox (Debian firefox-esr) with the built Firefox extension, driven by puppeteer-core over WebDriver BiDi.
// Puppeteer's page API works on extension pages once they are loaded, but two things need the raw protocol:
// page.goto never sees a moz-extension:// navigation finish (so browsingContext.navigate is sent directly), and
// only script.evaluate with includeShadowTree serializes the overlay's closed shadow root.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The built Firefox extension (`npm run build:firefox`, or `npm run zip`); POSTFIT_FIREFOX_EXTENSION_DIR points elsewhere. */
export const FIREFOX_EXTENSION_DIR = process.env.POSTFIT_FIREFOX_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'postfit@postfit.dev';

/** A WebDriver BiDi node as script.evaluate serializes it. */
export interface BidiNode {
  type: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[] | null;
    shadowRoot?: BidiNode | null;
    /** A shadow root's mode. */
    mode?: string;
  };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** The parts of puppeteer's BiDi internals used here: it exposes neither the connection nor a page's context id. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const connection = (browser: Browser) => (browser as unknown as { connection: BidiConnection }).connection;
const contextId = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

export interface Firefox {
  browser: Browser;
  /** moz-extension://<uuid>, fixed at launch through the extensions.webextensions.uuids pref. */
  origin: string;
  /** A new tab. Its waits (locators, waitForSelector, waitForFunction) last until the state comes: the test's own
   * timeout bounds them, not puppeteer's 30 s default, which a loaded machine can exceed. */
  newPage(): Promise<Page>;
  /** A new tab showing an extension page (path such as "popup.html?x=1"), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Loads the tab's extension page again, from the start. */
  reload(page: Page): Promise<void>;
  /** Evaluates an expression in the page, in a sandbox the page's own scripts cannot touch, and returns the
   * serialized result with every shadow tree in it, closed ones included. */
  evaluateWithShadows(page: Page, expression: string): Promise<{ type: string; value?: unknown }>;
  close(): Promise<void>;
}

/** `prefs`: more Firefox preferences for this run (as a user's about:config would hold them). */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<Firefox> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox (or npm run zip) first`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // installExtension goes through the privileged webExtension.install command, which needs system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }), ...prefs },
    // Starting Firefox on a busy machine can take longer than puppeteer's 30 s default: wait for it to be up.
    timeout: 0,
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID) throw new Error(`Installed add-on has id ${installed}, expected ${ADDON_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const origin = `moz-extension://${uuid}`;
  const bidi = connection(browser);

  const navigate = async (page: Page, url: string) => {
    await bidi.send('browsingContext.navigate', { context: contextId(page), url, wait: 'complete' });
  };

  const newPage = async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(0);
    return page;
  };

  return {
    browser,
    origin,
    newPage,
    async openExtensionPage(path) {
      const page = await newPage();
      await navigate(page, `${origin}/${path}`);
      return page;
    },
    async reload(page) {
      await bidi.send('browsingContext.reload', { context: contextId(page), wait: 'complete' });
    },
    async evaluateWithShadows(page, expression) {
      const { result } = await bidi.send('script.evaluate', {
        expression,
        target: { context: contextId(page), sandbox: 'postfit-test' },
        awaitPromise: true,
        resultOwnership: 'none',
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
      });
      const r = result as EvaluateResult;
      if (r.type === 'exception') throw new Error(`script.evaluate: ${r.exceptionDetails?.text}`);
      return r.result!;
    },
    close: () => browser.close(),
  };
}

/** Serves each address's HTML to this tab; every other http(s) request is aborted (no network in tests). */
export async function serve(page: Page, pages: Map<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const u = new URL(req.url());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return void req.continue(); // data: fonts of the saved pages
    u.hash = '';
    const body = pages.get(u.href) ?? pages.get(u.origin + u.pathname);
    if (body != null) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else void req.abort();
  });
}
