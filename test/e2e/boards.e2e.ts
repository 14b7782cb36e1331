// The boards of issue 12 in real Chromium: a posting page served at each board's real address gets the overlay
// from the manifest's content script (no click, no permission asked), and a page of the same sites that is not a
// job page stays without one. Pages are small JSON-LD postings (no real saved page of these systems was found,
// test/fixtures/pages/SOURCES.md); what this proves is the manifest patterns + the runner's tracking + extraction
// together in the browser, not each system's current markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';
import { newestTabId, readOverlay, reportFor, serve } from './pages';

declare const chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };

const SHOTS = resolve(import.meta.dirname, '../../test-results');

const DESCRIPTION =
  '<p>You will build and run the services behind our product with a small team.</p><h3>Requirements</h3><ul><li>3+ years of experience with TypeScript and Node.js</li><li>Experience with PostgreSQL and Docker</li></ul><h3>Nice to have</h3><ul><li>Kubernetes</li></ul>';
const posting = (title: string) =>
  `<!doctype html><html><head><title>${title} | Acme</title><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, description: DESCRIPTION, hiringOrganization: { '@type': 'Organization', name: 'Acme' } })}</script></head><body><main><h1>${title}</h1><p>Apply below.</p></main></body></html>`;

const JOBS = [
  'https://app.welcometothejungle.com/jobs/AbC123xy',
  'https://www.welcometothejungle.com/en/companies/acme/jobs/backend-engineer_paris',
  'https://www.linkedin.com/jobs/search-results/?currentJobId=4012345678&keywords=backend',
  'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
  'https://www.indeed.com/jobs?q=backend&vjk=0123456789abcdef',
  'https://www.indeed.com/?vjk=0123456789abcdef',
  'https://apply.workable.com/acme/j/4F1C2A9B7E/',
  'https://jobs.smartrecruiters.com/Acme/744000012345678-backend-engineer',
  'https://acme.recruitee.com/o/backend-engineer',
  'https://acme.teamtailor.com/jobs/4821937-backend-engineer',
  'https://acme.jobs.personio.de/job/1234567',
  'https://acme.jobs.personio.com/job/1234567',
  'https://join.com/companies/acme/12345678-backend-engineer',
  'https://acme.bamboohr.com/careers/123',
  'https://acme.breezy.hr/p/3f2b1c0d9e8a-backend-engineer',
  'https://jobs.jobvite.com/acme/job/oAbC1fwQ',
  'https://careers-acme.icims.com/jobs/12345/backend-engineer/job',
  'https://wellfound.com/jobs/3012345-backend-engineer',
];
/** The same kind of page where the script must not run (an employer's app) or must stay idle (not a job path). */
const NOT_JOBS = ['https://acme.bamboohr.com/home', 'https://app.teamtailor.com/companies/acme/jobs/1', 'https://acme.jobs.personio.de/'];

describe('the overlay on the boards added in issue 12', () => {
  let browser: Launched;

  async function open(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(url);
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchWithExtension();
    const pages = new Map<string, string>();
    for (const url of [...JOBS, ...NOT_JOBS]) {
      const u = new URL(url);
      pages.set(u.origin + u.pathname, posting('Backend Engineer'));
    }
    await serve(browser.context, pages);
  });
  afterAll(async () => browser?.close());

  for (const url of JOBS) {
    it(`${url}: the overlay appears`, async () => {
      const page = await open(url);
      // No profile in this browser: the overlay asks for one, which it does only for a page it read as a posting.
      await expect.poll(async () => (await readOverlay(page)).kind, { timeout: 20_000 }).toBe('no-profile');
      if (url.includes('workable')) await page.screenshot({ path: `${SHOTS}/boards-workable.png` });
      await page.close();
    });
  }

  it('pages of those sites that are not job pages get no script, or an idle one', async () => {
    // The board script starts at DOMContentLoaded, before the load event, so after it the answer below is final: a listener
    // answers (the script runs) or the message has no receiving end (no pattern matched the page).
    const probe = (tabId: number) =>
      browser.worker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'highlight', sentence: 'x' }, { frameId: 0 }).then(() => 'script', () => 'none'),
        tabId,
      );
    const expected: Record<string, string> = { 'https://acme.bamboohr.com/home': 'none', 'https://app.teamtailor.com/companies/acme/jobs/1': 'none', 'https://acme.jobs.personio.de/': 'script' };
    for (const url of NOT_JOBS) {
      const page = await open(url);
      await page.waitForLoadState('load');
      const tabId = await newestTabId(browser);
      expect(await probe(tabId), url).toBe(expected[url]);
      // Having answered, the script has finished starting: on a tracked page it would have sent the page by now.
      const report = await reportFor(browser, tabId);
      expect(report.status, url).toBe('unknown');
      expect((await readOverlay(page)).count, url).toBe(0);
      await page.close();
    }
  });
});
