// What both service-worker-kill suites start from: the extension with a profile, `count` copies of one saved
// posting page served at numbered URLs, and an extension page that reads the database and holds the CDP
// session through which the worker is killed.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { WorkerControl } from './extension-control';
import { importProfile, serve } from './pages';

export interface KillSetup {
  browser: Launched;
  control: Page;
  worker: WorkerControl;
}

export async function launchForKills(pageFile: string, urls: string[]): Promise<KillSetup> {
  const browser = await launchWithExtension();
  const html = readFileSync(pageFile, 'utf8');
  await serve(browser.context, new Map(urls.map((u) => [u, html])));
  await importProfile(browser);
  const control = await browser.context.newPage();
  await control.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return { browser, control, worker: await WorkerControl.on(control, browser.extensionId) };
}
