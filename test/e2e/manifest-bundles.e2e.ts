// No remote code and no network in what ships (issue #7): the built bundles of both browsers load scripts only from
// the extension itself, never call a network API, never eval, and the one Function constructor they hold (zod's JIT)
// is switched off by lib/zod-jitless.ts wherever it is loaded. manifest-csp.e2e.ts proves the switch runs first.
// pdf.js (a PDF CV's text, issue #15) is the one library that holds network and eval code paths; they are listed
// below, site by site, and reached only through options Postfit never sets (pdf-import.e2e.ts runs it with none).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browser';

const FIREFOX_DIR = process.env.POSTFIT_FIREFOX_DIR ?? resolve(import.meta.dirname, '../../.output/firefox-mv3');

function files(dir: string, ext: string | RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => (typeof ext === 'string' ? f.endsWith(ext) : ext.test(f)))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
}

/** Calls that would fetch or run code from elsewhere. Taxonomy names ("WebSockets") are plain strings, not calls. */
const REMOTE = [
  /\bimportScripts\s*\(/,
  /\bimport\s*\(\s*["'`](?:https?:)?\/\//,
  /\bfrom\s*["'`](?:https?:)?\/\//,
  /\bfetch\s*\(/,
  /\bnew\s+XMLHttpRequest\b/,
  /\bnew\s+WebSocket\b/,
  /\bnew\s+EventSource\b/,
  /\.sendBeacon\s*\(/,
  /\bnew\s+Worker\s*\(\s*["'`]https?:/,
];
/**
 * The one fetch that ships: the extension reading its own packaged taxonomy (lib/taxonomy/packaged.ts), a
 * root-relative path under /taxonomy/, which resolves to the extension's own origin. Not network, not code: it is
 * data parsed with JSON.parse. Any other fetch call still fails REMOTE.
 */
const OWN_FILE_FETCH = /\bfetch\s*\(\s*`\/taxonomy\/\$\{[\w$]+\}`\s*\)/;
const OWN_FILE_FETCHES = new RegExp(OWN_FILE_FETCH.source, 'g');
const EVAL = /(?<![\w$.])eval\s*\(/;
/** The Function constructor used as a value or called (zod: `let e=Function,` and `return Function(``)`). */
const FUNCTION_CTOR = /(?<![\w$.`'"-])Function(?=\s*[(,;)])/;
/**
 * zod's two uses: its eval probe, which returns false at once under jitless (the guard before it), and its JIT
 * compiler, which runs only when that probe said yes. Any other Function constructor fails the test.
 */
const ZOD_SITES = [/\.jitless\|\|[^;{}]*\)return!1;try\{return Function\(``\),!0\}/g, /compile\(\)\{let [\w$]+=Function,/g];
const JITLESS_CALL = /\(\{jitless:!0\}\)/;

/** pdf.js's display layer (the chunk the popup loads on a PDF) and its worker, both its legacy build (see pdfjs-bundled.ts). */
const PDFJS = /\bGlobalWorkerOptions\b/;
const PDFJS_WORKER = /\bWorkerMessageHandler\b/;
/**
 * pdf.js's network and eval sites, each unreachable as lib/import/pdf.ts opens a file: the bytes are given (no `url`,
 * so no PDFFetchStream or PDFNetworkStream request), no cMapUrl, standardFontDataUrl, wasmUrl or iccUrl (so no data
 * fetch), isEvalSupported false (so the PostScript function compiler never builds a Function); its eval probe is
 * caught, and the extension's CSP refuses eval anyway. A new site in an update fails the checks until it is read.
 */
const PDFJS_SITES = [
  /try\{return Function\(``\),!0\}catch\{return!1\}/g, // FeatureTest.isEvalSupported, display layer
  /try\{new Function\(""\);return!0\}catch\{return!1\}/g, // the same probe, worker
  /return new Function\("src","srcOffset","dest","destOffset",[\w$]+\)/g, // PostScriptCompiler, isEvalSupported only
  // The legacy build's core-js: the global object's last resort (globalThis comes first) and a Node-only require.
  /\|\|Function\((?:`return this`|"return this")\)\(\)/g,
  /try\{return Function\((?:`return require\("`\+[\w$]+\+`"\)`|'return require\("'\+[\w$]+\+'"\)')\)\(\)\}catch/g,
  /=await fetch\([\w$]+\)/g, // fetchData / fetchBinaryData: cMap, font, wasm files from their *Url options
  /return fetch\([\w$]+,\{method:`GET`/g, // PDFFetchStream: a document given by `url`
  /\([\w$]+=fetch\([\w$]+\)\)/g, // wasm-bindgen's loader given a URL: from wasmUrl only
  /new XMLHttpRequest/g, // fetchData's fallback, PDFNetworkStream (`url`), the worker's fetchSync (iccUrl)
  // Not network at all: pdf.js's own methods named fetch, defined and called (XRef.fetch reads an object of the file;
  // the binary data factory's fetch is the *Url path above). A global's fetch (self., window., globalThis.) is not.
  /(?<!\b(?:self|window|globalThis))\.fetch\(/g,
  /(?<=\})(?:async )?fetch\([^()]*\)\{/g,
];

/** The scripts an extension page loads at once: its module script and what it preloads (all same-extension). */
function pageScripts(html: string): string[] {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
  return refs.filter((r) => r.endsWith('.js'));
}

for (const [name, dir] of [['chrome', EXTENSION_DIR], ['firefox', FIREFOX_DIR]] as const) {
  describe(`the built ${name} bundles`, () => {
    // .mjs too: pdf.js's worker is emitted as the asset it ships as (assets/pdf.worker.min-<hash>.mjs).
    const js = files(dir, /\.m?js$/);
    const code = (f: string) => readFileSync(join(dir, f), 'utf8');
    const pdfjsFiles = js.filter((f) => PDFJS.test(code(f)) || PDFJS_WORKER.test(code(f)));
    const withoutPdfjsSites = (f: string) => (pdfjsFiles.includes(f) ? PDFJS_SITES.reduce((c, site) => c.replace(site, ''), code(f)) : code(f));

    it('call no network API, load no remote script and never eval', () => {
      expect(js.length).toBeGreaterThan(3);
      for (const f of js) {
        const c = withoutPdfjsSites(f).replace(OWN_FILE_FETCHES, '');
        for (const re of REMOTE) expect(re.test(c), `${f}: ${re}`).toBe(false);
        expect(EVAL.test(c), `${f}: eval`).toBe(false);
      }
    });

    it('fetch nothing but their own taxonomy files, and those only from the background and the pages', () => {
      const fetching = js.filter((f) => OWN_FILE_FETCH.test(code(f)));
      expect(fetching.length).toBeGreaterThan(0); // the exception above is used: the check is not vacuous
      for (const f of ['content-scripts/content.js', 'ondemand.js']) expect(fetching, f).not.toContain(f);
      const data = files(join(dir, 'taxonomy'), '.json.gz');
      expect(data).toContain('core.json.gz');
      for (const f of data) expect(() => JSON.parse(gunzipSync(readFileSync(join(dir, 'taxonomy', f))).toString('utf8')), f).not.toThrow();
    });

    it('load their pages only from the extension, with no inline script', () => {
      for (const page of files(dir, '.html')) {
        const html = code(page);
        for (const ref of pageScripts(html)) expect(ref, page).toMatch(/^\/[\w./-]+\.js$/);
        expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(html, page).not.toMatch(/\bon[a-z]+\s*=/i);
      }
    });

    it("hold the Function constructor only in zod's jitless-guarded code, never in the content scripts", () => {
      const withCtor = js.filter((f) => FUNCTION_CTOR.test(code(f)));
      expect(withCtor).toContain('background.js'); // zod is there: the check below would be vacuous otherwise
      for (const f of withCtor) {
        const rest = ZOD_SITES.reduce((c, site) => c.replace(site, ''), withoutPdfjsSites(f));
        expect(FUNCTION_CTOR.test(rest), f).toBe(false);
      }
      for (const f of ['content-scripts/content.js', 'ondemand.js', 'detector.js']) expect(FUNCTION_CTOR.test(code(f)), f).toBe(false);
    });

    it('hold pdf.js in one chunk and its worker in one asset, loaded only when the popup reads a PDF', () => {
      const chunk = pdfjsFiles.filter((f) => PDFJS.test(code(f)));
      const worker = pdfjsFiles.filter((f) => PDFJS_WORKER.test(code(f)) && !PDFJS.test(code(f)));
      expect(chunk, 'the popup imports components/popup/import/pdfjs.ts').toEqual([expect.stringMatching(/^chunks\/pdfjs-bundled-[\w-]+\.js$/)]);
      expect(worker).toEqual([expect.stringMatching(/^assets\/pdf\.worker\.min-[\w-]+\.mjs$/)]);
      // The worker's URL is the extension's own: a root-relative path in the chunk, resolved against the popup's page.
      expect(code(chunk[0]!)).toContain(`\`/${worker[0]}\``);
      expect(code(chunk[0]!)).toMatch(/new Worker\(new URL\([\w$]+,globalThis\.location\.href\),\{type:`module`\}\)/);
      expect(js.filter((f) => f !== chunk[0] && code(f).includes(worker[0]!.replace('assets/', '')))).toEqual([]);
      // Not in the scripts that run at once: the background, the content scripts, either page's first chunks.
      const atOnce = ['background.js', 'content-scripts/content.js', 'ondemand.js', 'detector.js'];
      for (const page of ['popup.html', 'sidepanel.html']) atOnce.push(...pageScripts(code(page)).map((s) => s.replace(/^\//, '')));
      for (const f of atOnce) {
        expect(pdfjsFiles, f).not.toContain(f);
        expect(code(f), f).not.toContain(chunk[0]!.replace('chunks/', '') + '"'); // no static import of it
      }
      // Each site the checks above forgive is there: the list is read against this pdf.js, not left over.
      for (const site of PDFJS_SITES) expect(pdfjsFiles.some((f) => code(f).match(site)), String(site)).toBe(true);
    });

    it('switch zod to jitless in the background and in every page that loads zod', () => {
      expect(JITLESS_CALL.test(code('background.js'))).toBe(true);
      for (const page of ['popup.html', 'sidepanel.html']) {
        const scripts = pageScripts(code(page)).map((s) => s.replace(/^\//, ''));
        expect(scripts.length, page).toBeGreaterThan(0);
        expect(scripts.some((s) => JITLESS_CALL.test(code(s))), page).toBe(true);
      }
    });
  });
}
