// "Detect postings on every site" in real Firefox (firefox-esr), through the popup as a user turns it on and off.
// Firefox answers the optional-permission request itself when extensions.webextOptionalPermissionPrompts is off (the
// prompt is the browser's own UI, which a headless test cannot click; the request still goes through
// permissions.request from the checkbox's click). What follows from the answer is what this checks: the permission
// held, the detector registered at run time, a JobPosting page on a site that is no board badged, and both gone
// again when the setting is turned off. The refusal is unit-tested with fake ports (test/site-access.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { EVERY_SITE } from '../../../lib/site-access';
import { launchFirefox, serve, type Firefox } from './firefox';
import { readOverlay } from './overlay-view';

const SHOTS = resolve(import.meta.dirname, '../../../test-results');
const UNTIL = { timeout: 45_000, interval: 250 };
const DESCRIPTION =
  '<p>You will build the services behind our product.</p><h3>Requirements</h3><ul><li>3+ years of experience with TypeScript and Node.js</li><li>Experience with PostgreSQL and Docker</li></ul>';
const POSTING_URL = 'https://www.workinstartups.com/job/98765/backend-engineer-at-acme';
const POSTING = `<!doctype html><html><head><title>Backend Engineer at Acme</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Backend Engineer', description: DESCRIPTION, hiringOrganization: { '@type': 'Organization', name: 'Acme' } })}</script></head><body><main><h1>Backend Engineer</h1><p>Apply below.</p></main></body></html>`;

interface Api {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
}

describe('Firefox: detect postings on every site', { timeout: 120_000 }, () => {
  let ff: Firefox;
  let popup: Page;
  const errors: string[] = [];

  /** The checkbox as the popup shows it now, and what the browser holds: the permission and the registered scripts. */
  const state = () =>
    popup.evaluate(async (origins) => {
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('Detect postings on every site'))?.querySelector('input');
      const b = (globalThis as unknown as { browser: Api }).browser;
      return {
        checked: box?.checked ?? null,
        granted: await b.permissions.contains({ origins }),
        scripts: (await b.scripting.getRegisteredContentScripts()).length,
      };
    }, [...EVERY_SITE]);
  const toggle = () => popup.locator('::-p-aria(Detect postings on every site[role="checkbox"])').click();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ff = await launchFirefox({ 'extensions.webextOptionalPermissionPrompts': false });
    popup = await ff.openExtensionPage('popup.html');
    popup.on('pageerror', (e) => errors.push(`popup: ${String(e)}`));
    await popup.setViewport({ width: 380, height: 700 });
    await popup.waitForSelector('main[aria-busy="false"]');
    await popup.locator('summary ::-p-text(Sites)').click(); // the setting sits in the popup's "Sites" part
  }, 180_000);
  afterAll(async () => ff?.close());

  it('starts off: no permission beyond the boards, no detector', async () => {
    await expect.poll(state, UNTIL).toEqual({ checked: false, granted: false, scripts: 0 });
  });

  it('turned on from the popup: holds the permission, registers the detector, and badges a posting on any site', async () => {
    await toggle();
    await expect.poll(state, UNTIL).toEqual({ checked: true, granted: true, scripts: 1 });
    await popup.screenshot({ path: `${SHOTS}/firefox-every-site-on.png` });

    const job = await ff.newPage();
    job.on('pageerror', (e) => errors.push(`${POSTING_URL}: ${String(e)}`));
    await job.setViewport({ width: 1000, height: 700 });
    await serve(job, new Map([[POSTING_URL, POSTING]]));
    await job.goto(POSTING_URL);
    // No profile in this browser: the badge that asks for one is the detector's answer on this page.
    await expect.poll(async () => (await readOverlay(ff, job)).kind, UNTIL).toBe('no-profile');
    expect((await readOverlay(ff, job)).count).toBe(1);
    await job.screenshot({ path: `${SHOTS}/firefox-every-site-overlay.png` });
    await job.close();
  });

  it('turned off: gives the permission back and removes the detector', async () => {
    await toggle();
    await expect.poll(state, UNTIL).toEqual({ checked: false, granted: false, scripts: 0 });
  });

  it('raised no error in the pages', () => {
    expect(errors).toEqual([]);
  });
});
