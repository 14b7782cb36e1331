// Overlay benchmark in real Chromium with the built extension (npm run build first):
//   npx tsx test/bench/overlay.ts
// - the content script's size, raw and gzipped (target < 30 KB gzipped);
// - from DOMContentLoaded to the overlay on screen with its score, on each fixture page that is a posting, served
//   at its board's real address (target: median < 150 ms). The first load of each page is reported apart: it may
//   include starting the service worker.
// The times come from the page itself: a main-world init script notes performance.now() at DOMContentLoaded and
// when the overlay's element is added to the document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { importProfile, PAGES, readOverlay, serve } from '../e2e/pages';
import { summarize } from '../../lib/cli/stats';

const LOADS = Number(process.env.POSTFIT_BENCH_LOADS ?? 10);
const TARGET_MEDIAN = 150;
const TARGET_GZIP = 30 * 1024;

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

const MARKS = () => {
  const w = window as unknown as { __pf: { dcl: number | null; overlay: number | null } };
  w.__pf = { dcl: null, overlay: null };
  document.addEventListener('DOMContentLoaded', () => (w.__pf.dcl = performance.now()), { once: true });
  new MutationObserver((records, obs) => {
    for (const r of records)
      for (const n of Array.from(r.addedNodes))
        if (n.nodeName === 'DIV' && (n as Element).hasAttribute('data-postfit-overlay')) {
          w.__pf.overlay = performance.now();
          obs.disconnect();
        }
  }).observe(document, { childList: true, subtree: true });
};

async function main() {
  const size = contentScriptSize();
  console.log(
    `content script: ${size.files.join(', ')} ${kb(size.raw)} raw, ${kb(size.gzip)} gzipped (target < ${kb(TARGET_GZIP)} gzipped)`,
  );

  const fixtures = postingFixtures();
  const browser = await launchWithExtension();
  let ok = size.gzip < TARGET_GZIP;
  try {
    await importProfile(browser);
    await serve(browser.context, new Map(fixtures.map((f) => [f.url, f.html])));
    await browser.context.addInitScript(MARKS);
    const page = await browser.context.newPage();
    const all: number[] = [];
    for (const f of fixtures) {
      const times: number[] = [];
      let first = NaN;
      for (let i = 0; i <= LOADS; i++) {
        await page.goto(f.url, { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(() => (window as unknown as { __pf: { overlay: number | null } }).__pf.overlay != null, null, { timeout: 10_000 });
        const { dcl, overlay } = await page.evaluate(() => (window as unknown as { __pf: { dcl: number; overlay: number } }).__pf);
        const kind = (await readOverlay(page)).kind;
        if (kind !== 'score') throw new Error(`${f.name}: the overlay shows "${kind}", not a score`);
        if (i === 0) first = overlay - dcl;
        else times.push(overlay - dcl);
      }
      all.push(...times);
      const s = summarize(times);
      console.log(`  ${f.name.padEnd(46)} first ${ms(first).padStart(9)}, median ${ms(s.p50).padStart(9)}, max ${ms(s.max).padStart(9)} (${LOADS} loads)`);
    }
    const s = summarize(all);
    console.log(`DOMContentLoaded → overlay, all fixtures: median ${ms(s.p50)}, p99 ${ms(s.p99)} (target median < ${TARGET_MEDIAN} ms)`);
    ok &&= s.p50 < TARGET_MEDIAN;
  } finally {
    await browser.close();
  }
  console.log(ok ? 'bench: content script and overlay within targets' : 'bench: content script or overlay OVER target');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
