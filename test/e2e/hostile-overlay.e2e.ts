// The overlay against the page it sits on, in real Chromium with the built extension (issue 12, part 6). Board pages
// (test/fixtures/hostile/overlay-pages.ts) predefine the old element name with a pre-attached shadow root, define a
// customized <div>, patch the main world's prototypes to throw, style every candidate host away, lay a full-page
// cover at z-index 2147483647, transform the root element off-screen, attack each new host (attachShadow,
// attachInternals, synthetic presses), ask window.find() for the badge's words, and measure the host in every state.
// Expected: the badge shows, on top, at the viewport's corner; the page learns nothing; one box size for all
// states; no page error. Screenshots in test-results/ (hostile-overlay-*.png).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { OVERLAY_SELECTOR, OVERLAY_SIZE } from '../../components/overlay/overlay';
import { launchWithExtension, type Launched } from './browser';
import { fixture, importProfile, readOverlay, serve } from './pages';
import { THIN_HTML } from './spa-page';
import { COVER_URL, TRANSFORM_URL, coverPage, transformPage, type AttackLog, type Measure } from '../fixtures/hostile/overlay-pages';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
const VIEW = { width: 1100, height: 760 };

const THIN_MAIN = THIN_HTML.slice(THIN_HTML.indexOf('<main>') + 6, THIN_HTML.indexOf('</main>'));
const OTHER_MAIN = `<h1>Embedded Firmware Engineer</h1><h2>Northwind Devices</h2>
<p>We build the firmware of medical devices used in hospitals around the world, with a small team that owns its releases.</p>
<h3>Requirements</h3><ul><li>5+ years of experience with C++ in embedded systems.</li><li>Experience with Embedded Linux and RTOS.</li>
<li>Solid knowledge of Rust.</li></ul><h3>Nice to have</h3><ul><li>Experience with Bluetooth Low Energy.</li></ul>`;

type W = { __attack: AttackLog; __measure(): Measure | null; __found(): string[]; __control(): string[]; __onTop(): string; __swap(html: string): void };
const attackLog = (page: Page) => page.evaluate(() => (window as unknown as W).__attack);
const measure = (page: Page) => page.evaluate(() => (window as unknown as W).__measure());
const found = (page: Page) => page.evaluate(() => (window as unknown as W).__found());
const onTop = (page: Page) => page.evaluate(() => (window as unknown as W).__onTop());

describe('an overlay the page cannot touch or read', () => {
  let browser: Launched;
  const errors: string[] = [];

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    await page.setViewportSize(VIEW);
    await page.goto(url);
    return page;
  }
  const kind = (page: Page) => readOverlay(page).then((o) => o.kind);

  /** In every state: on top of the cover, at the viewport's bottom-left corner, nothing found, nothing leaked. */
  async function expectUntouched(page: Page, state: string): Promise<Measure> {
    const o = await readOverlay(page);
    expect(o.count, state).toBe(1); // the page's decoys are gone, Postfit's host is the only one
    expect(await onTop(page), state).toBe('host');
    expect(await found(page), state).toEqual([]);
    const log = await attackLog(page);
    expect(log.leaks, state).toEqual([]);
    const m = (await measure(page))!;
    expect(m.rect.x, state).toBe(12);
    expect(m.rect.y + m.rect.height, state).toBe(VIEW.height - 12);
    await page.screenshot({ path: `${SHOTS}/hostile-overlay-${state}.png` });
    return m;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    const posting = readFileSync(REMOTEWLB.file, 'utf8');
    await serve(browser.context, new Map([[COVER_URL, coverPage(posting)], [TRANSFORM_URL, transformPage(posting)]]));
  });
  afterAll(async () => browser?.close());

  it('under every attack and a full-page cover: shown on top in each state, one box size, nothing learned', async () => {
    const page = await open(COVER_URL);
    await expect.poll(() => kind(page)).toBe('no-profile');
    // The detectors work: the page's own closed root is found by window.find(), its cover is what lies under a point.
    expect(await page.evaluate(() => (window as unknown as W).__control())).toEqual(['Partial fit']);
    expect(await page.evaluate(() => document.elementFromPoint(500, 300)?.id)).toBe('cover');
    const sizes = [await expectUntouched(page, 'no-profile')];
    const log = await attackLog(page);
    expect(log.seen).toBe(1);
    // The host already had its closed root, and a <div> has no ElementInternals: both attempts refused.
    expect(log.refused).toEqual(expect.arrayContaining(['attachShadow NotSupportedError', 'attachInternals NotSupportedError']));

    await importProfile(browser);
    await expect.poll(() => kind(page)).toBe('score');
    sizes.push(await expectUntouched(page, 'score'));
    const first = (await readOverlay(page)).label;

    await page.evaluate((html) => (window as unknown as W).__swap(html), THIN_MAIN);
    await expect.poll(() => kind(page)).toBe('thin');
    sizes.push(await expectUntouched(page, 'thin'));

    await page.evaluate((html) => (window as unknown as W).__swap(html), OTHER_MAIN);
    await expect.poll(async () => (await readOverlay(page)).label).toMatch(/^Postfit: \d+ \w+ fit/);
    expect((await readOverlay(page)).label).not.toBe(first);
    sizes.push(await expectUntouched(page, 'other-score'));

    // The page measures the same box whatever the badge says.
    for (const m of sizes) expect(m).toEqual(sizes[0]);
    expect(sizes[0]!.rect).toMatchObject(OVERLAY_SIZE);
    expect(sizes[0]!.scroll).toEqual([OVERLAY_SIZE.width, OVERLAY_SIZE.height]);
    expect((await attackLog(page)).seen).toBe(1); // re-rendering added no new host
    await page.close();
  });

  it('a root element transformed off-screen, rotated and blurred: the badge stays at the corner, on top', async () => {
    const page = await open(TRANSFORM_URL);
    await expect.poll(() => kind(page)).toBe('score');
    // The page's own content really is gone from the viewport.
    const h1 = await page.locator('h1').boundingBox(); // through the DevTools protocol: the page patched getBoundingClientRect
    expect(h1 === null || h1.x + h1.width < 0 || h1.y + h1.height < 0).toBe(true);
    await expectUntouched(page, 'transform');
    const box = (await page.locator(OVERLAY_SELECTOR).boundingBox())!;
    expect(box).toMatchObject({ x: 12, width: OVERLAY_SIZE.width, height: OVERLAY_SIZE.height });
    await page.close();
  });

  it('taken out of the top layer or out of the document by the page, it is back on top after the next resize', async () => {
    const page = await open(COVER_URL);
    await expect.poll(() => kind(page)).toBe('score');
    await page.evaluate((sel) => (document.querySelector(sel) as HTMLElement).togglePopover(false), OVERLAY_SELECTOR);
    const inTopLayer = () => page.evaluate((sel) => document.querySelector(`${sel}:popover-open`) !== null, OVERLAY_SELECTOR);
    expect(await inTopLayer()).toBe(false);
    // Out of the top layer it is still over this cover: a fixed box at the highest z-index, later in the document.
    expect(await onTop(page)).toBe('host');
    await page.setViewportSize({ width: VIEW.width - 10, height: VIEW.height });
    await expect.poll(inTopLayer).toBe(true);
    await page.evaluate((sel) => document.querySelector(sel)!.replaceWith(), OVERLAY_SELECTOR);
    expect((await readOverlay(page)).count).toBe(0);
    await page.setViewportSize(VIEW);
    await expect.poll(inTopLayer).toBe(true);
    expect(await onTop(page)).toBe('host');
    expect((await attackLog(page)).leaks).toEqual([]);
    await page.close();
  });

  it('the user can still press it where the page could not: a real click on × hides it', async () => {
    const page = await open(COVER_URL);
    await expect.poll(() => kind(page)).toBe('score');
    const box = (await page.locator(OVERLAY_SELECTOR).boundingBox())!;
    await page.mouse.click(box.x + box.width - 14, box.y + box.height / 2);
    await expect.poll(async () => (await readOverlay(page)).count).toBe(0);
    await page.close();
  });

  it('threw no page errors', () => expect(errors).toEqual([]));
});
