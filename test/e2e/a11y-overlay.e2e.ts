// axe-core on the overlay as shipped, in its closed shadow root on real board pages (issue #7): before a profile
// exists, with a score in light and dark mode, and on a page too thin to judge. See a11y-axe.ts for how axe is
// let into the closed root without changing the extension. 0 violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { OVERLAY_SELECTOR } from '../../components/overlay/overlay';
import { fixture, importProfile, readOverlay, serve } from './pages';
import { THIN_HTML, THIN_URL } from './spa-page';
import { axeViolations, exposeOverlayRoot } from './a11y-axe';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
const REMOTEWLB = fixture('remotewlb', 'rackspace-sr-ml-engineer-gcp');
const WORKDAY = fixture('workday', 'nvidia-test-engineer');

describe('axe on the overlay', () => {
  let browser: Launched;

  async function overlayOn(url: string, kind: string, scheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await expect.poll(async () => (await readOverlay(page)).kind).toBe(kind);
    await exposeOverlayRoot(page);
    return page;
  }

  /** axe on the overlay host: the page around it is the board's, not ours. */
  const check = async (page: Page, name: string) => {
    await page.locator(OVERLAY_SELECTOR).screenshot({ path: `${SHOTS}/a11y-overlay-${name}.png` });
    return axeViolations(page, OVERLAY_SELECTOR);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    const pages = new Map<string, string>([
      [REMOTEWLB.url, readFileSync(REMOTEWLB.file, 'utf8')],
      [WORKDAY.url, readFileSync(WORKDAY.file, 'utf8')],
      [THIN_URL, THIN_HTML],
    ]);
    await serve(browser.context, pages);
  });
  afterAll(async () => browser?.close());

  it('axe reaches into the closed root: it sees the overlay’s buttons', async () => {
    const page = await overlayOn(REMOTEWLB.url, 'no-profile');
    // A control: a button without a name, added inside the root, is found (so a clean result means something).
    await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.append(document.createElement('button')), OVERLAY_SELECTOR);
    const v = await axeViolations(page, OVERLAY_SELECTOR);
    expect(v.map((x) => x.id)).toContain('button-name');
    await page.close();
  });

  it('before a profile exists, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await overlayOn(REMOTEWLB.url, 'no-profile', scheme);
      expect(await check(page, `no-profile-${scheme}`)).toEqual([]);
      await page.close();
    }
  });

  it('with a score, light and dark, on two boards; and on a page too thin to judge', async () => {
    await importProfile(browser);
    for (const [url, scheme] of [[REMOTEWLB.url, 'light'], [REMOTEWLB.url, 'dark'], [WORKDAY.url, 'light'], [WORKDAY.url, 'dark']] as const) {
      const page = await overlayOn(url, 'score', scheme);
      expect(await check(page, `score-${new URL(url).hostname}-${scheme}`), `${url} ${scheme}`).toEqual([]);
      await page.close();
    }
    const thin = await overlayOn(THIN_URL, 'thin');
    expect(await check(thin, 'thin')).toEqual([]);
    await thin.close();
  });
});
