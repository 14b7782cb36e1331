import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type Launched } from './browser';

describe('the built extension in Chromium', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('starts its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('renders the popup and the side panel pages', async () => {
    for (const name of ['popup', 'sidepanel']) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
      await expect.poll(() => page.locator('h1').textContent()).toBe('Postfit');
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('declares its content script only for the supported boards', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches).not.toContain('<all_urls>');
    expect(matches).toContain('https://www.remotewlb.com/apply/*');
  });
});
