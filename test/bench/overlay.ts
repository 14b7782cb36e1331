// Overlay benchmark in real Chromium with the built extension (npm run build first):
//   npx tsx test/bench/overlay.ts
// - the content script's size, raw and gzipped (target < 30 KB gzipped);
// - from DOMContentLoaded to the overlay on screen with its score, on each fixture page that is a posting, served
//   at its board's real address, two ways:
//   warm: the service worker is running (target: median <= 100 ms);
//   cold: the service worker is terminated through CDP (Target.closeTarget, as Chrome stops an idle worker after
//   30 s) before each load, so the load starts the worker, which fetches and parses the taxonomy (target: median
//   <= 300 ms);
// - the same cold loads with a two-line extension, for what starting a stopped worker costs whatever it runs.
// The times come from the page itself: a main-world init script notes performance.now() at DOMContentLoaded and
// when the overlay's element is added to the document.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { importProfile, PAGES, readOverlay, serve } from '../e2e/pages';
import { WorkerControl } from '../e2e/extension-control';
import type { Page } from 'playwright-core';
import { summarize } from '../../lib/cli/stats';

const LOADS = Number(process.env.POSTFIT_BENCH_LOADS ?? 10);
const COLD_LOADS = Number(process.env.POSTFIT_BENCH_COLD_LOADS ?? 5);
const TARGET_WARM = 100;
const TARGET_COLD = 300;
const TARGET_GZIP = 30 * 1024;
const FLOOR_EXTENSION = resolve(import.meta.dirname, 'floor-extension');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function contentScriptSize(): { raw: number; gzip: number; files: string[] } {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const buf = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, files };
}

interface Fx {
  name: string;
  url: string;
  html: string;
}

function postingFixtures(): Fx[] {
  const out: Fx[] = [];
  for (const board of readdirSync(PAGES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(join(PAGES, board.name)).filter((n) => n.endsWith('.html'))) {
      const exp = JSON.parse(readFileSync(join(PAGES, board.name, f.replace(/\.html$/, '.json')), 'utf8')) as { url: string; posting: boolean };
      if (exp.posting) out.push({ name: `${board.name}/${f}`, url: exp.url, html: readFileSync(join(PAGES, board.name, f), 'utf8') });
    }
  }
  return out;
}

/** Main-world init script: performance.now() at DOMContentLoaded and when a DIV with `attr` is added. */
const MARKS = (attr: string) => {
  const w = window as unknown as { __pf: { dcl: number | null; overlay: number | null } };
  w.__pf = { dcl: null, overlay: null };
  document.addEventListener('DOMContentLoaded', () => (w.__pf.dcl = performance.now()), { once: true });
  new MutationObserver((records, obs) => {
    for (const r of records)
      for (const n of Array.from(r.addedNodes))
        if (n.nodeName === 'DIV' && (n as Element).hasAttribute(attr)) {
          w.__pf.overlay = performance.now();
          obs.disconnect();
        }
  }).observe(document, { childList: true, subtree: true });
};

/** One load of a fixture: DOMContentLoaded → the marked element, in ms; `check` looks at the page then. */
async function loadOnce(page: Page, f: Fx, check?: (page: Page) => Promise<void>): Promise<number> {
  await page.goto(f.url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window as unknown as { __pf: { overlay: number | null } }).__pf.overlay != null, null, { timeout: 20_000 });
  const { dcl, overlay } = await page.evaluate(() => (window as unknown as { __pf: { dcl: number; overlay: number } }).__pf);
  await check?.(page);
  return overlay - dcl;
}

async function showsScore(page: Page): Promise<void> {
  const kind = (await readOverlay(page)).kind;
  if (kind !== 'score') throw new Error(`${page.url()}: the overlay shows "${kind}", not a score`);
}

/** A cold load: leave the page first (its content script would otherwise wake the worker again), stop the worker. */
async function coldLoad(page: Page, worker: WorkerControl, f: Fx, check?: (page: Page) => Promise<void>): Promise<number> {
  await page.goto('about:blank');
  if (!(await worker.kill())) throw new Error('no service worker to terminate');
  return loadOnce(page, f, check);
}

/**
 * What the browser itself costs: the same cold loads with a two-line extension (test/bench/floor-extension) whose
 * content script asks its worker at DOMContentLoaded and marks the page when the answer comes. Starting a stopped
 * worker is most of it; Postfit's own share of a cold load is its figure minus this one.
 */
async function floor(fixtures: Fx[]): Promise<number> {
  const browser = await launchWithExtension(FLOOR_EXTENSION);
  try {
    await serve(browser.context, new Map(fixtures.map((f) => [f.url, f.html])));
    await browser.context.addInitScript(MARKS, 'data-floor-answer');
    const page = await browser.context.newPage();
    const worker = await WorkerControl.on(page, browser.extensionId);
    const times: number[] = [];
    for (const f of fixtures) {
      await loadOnce(page, f);
      for (let i = 0; i < COLD_LOADS; i++) times.push(await coldLoad(page, worker, f));
    }
    await worker.detach();
    return summarize(times).p50;
  } finally {
    await browser.close();
  }
}

async function main() {
  const size = contentScriptSize();
  console.log(
    `content script: ${size.files.join(', ')} ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped (target < ${kb(TARGET_GZIP)} gzipped)`,
  );
  const bg = readFileSync(join(EXTENSION_DIR, 'background.js')).length;
  const tdir = join(EXTENSION_DIR, 'taxonomy');
  const taxonomy = (existsSync(tdir) ? readdirSync(tdir) : [])
    .filter((f) => f.endsWith('.json.gz'))
    .map((f) => `${f} ${kb(readFileSync(join(EXTENSION_DIR, 'taxonomy', f)).length)}`);
  console.log(`background.js ${kb(bg)}; taxonomy files: ${taxonomy.join(', ') || 'none'}`);

  const fixtures = postingFixtures();
  const browser = await launchWithExtension();
  let ok = size.gzip < TARGET_GZIP;
  try {
    await importProfile(browser);
    await serve(browser.context, new Map(fixtures.map((f) => [f.url, f.html])));
    await browser.context.addInitScript(MARKS, 'data-postfit-overlay');
    const page = await browser.context.newPage();
    const worker = await WorkerControl.on(page, browser.extensionId);
    const warm: number[] = [];
    const cold: number[] = [];
    for (const f of fixtures) {
      const w: number[] = [];
      const c: number[] = [];
      await loadOnce(page, f, showsScore); // the first load of a page is not counted: the browser's own caches fill
      for (let i = 0; i < LOADS; i++) w.push(await loadOnce(page, f, showsScore));
      for (let i = 0; i < COLD_LOADS; i++) c.push(await coldLoad(page, worker, f, showsScore));
      warm.push(...w);
      cold.push(...c);
      const sw = summarize(w);
      const sc = summarize(c);
      console.log(`  ${f.name.padEnd(46)} warm median ${ms(sw.p50).padStart(9)} (max ${ms(sw.max)}), cold median ${ms(sc.p50).padStart(9)} (max ${ms(sc.max)})`);
    }
    const sw = summarize(warm);
    const sc = summarize(cold);
    console.log(`DOMContentLoaded → overlay, warm worker: median ${ms(sw.p50)}, p99 ${ms(sw.p99)} over ${warm.length} loads (target median <= ${TARGET_WARM} ms)`);
    console.log(`DOMContentLoaded → overlay, cold worker: median ${ms(sc.p50)}, p99 ${ms(sc.p99)} over ${cold.length} loads (target median <= ${TARGET_COLD} ms)`);
    ok &&= sw.p50 <= TARGET_WARM && sc.p50 <= TARGET_COLD;
    await worker.detach();
  } finally {
    await browser.close();
  }
  const least = await floor(fixtures);
  console.log(`  the browser's own cold start (a two-line extension, same loads): median ${ms(least)}; Postfit's share of a cold load is the rest`);
  console.log(ok ? 'bench: content script and overlay within targets' : 'bench: content script or overlay OVER target');
  process.exitCode = ok ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
