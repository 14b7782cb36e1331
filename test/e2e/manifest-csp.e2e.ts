// The extension runs under its CSP without one violation: nothing tries eval or new Function (zod's JIT probe among
// them, see lib/zod-jitless.ts), in the service worker, the popup or the side panel. Chrome keeps each violation as a
// DevTools issue even when the code catches the error; Audits.enable replays the issues a target has collected so
// far, so the service worker's start-up is covered although we attach to it after it ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './browser';

interface Issue {
  code: string;
  details: { contentSecurityPolicyIssueDetails?: { contentSecurityPolicyViolationType?: string; sourceCodeLocation?: { url: string } } };
}

function describeIssue(issue: Issue): string {
  const csp = issue.details.contentSecurityPolicyIssueDetails;
  return `${csp?.contentSecurityPolicyViolationType ?? issue.code} at ${csp?.sourceCodeLocation?.url ?? '?'}`;
}

/** CSP issues of the service worker, read through a page's session (Playwright has no CDP session for workers). */
async function workerCspIssues(cdp: CDPSession, url: string): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === url);
  if (!target) throw new Error(`no service worker at ${url}`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const issues: Issue[] = [];
  const done = new Promise<void>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const msg = JSON.parse(e.message) as { id?: number; method?: string; params?: { issue: Issue } };
      if (msg.method === 'Audits.issueAdded' && msg.params) issues.push(msg.params.issue);
      if (msg.id === 1) resolve(); // the replayed issues arrive before the answer to Audits.enable
    });
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Audits.enable' }) });
  await done;
  await cdp.send('Target.detachFromTarget', { sessionId });
  return issues.filter((i) => i.code === 'ContentSecurityPolicyIssue').map(describeIssue);
}

/** CSP issues of an extension page, from its load until its first screen is drawn. */
async function pageCspIssues(browser: Launched, page: Page, path: string): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  const issues: Issue[] = [];
  cdp.on('Audits.issueAdded', (e) => issues.push(e.issue as Issue));
  await cdp.send('Audits.enable');
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await expect.poll(() => page.locator('h1').textContent()).toBe('Postfit');
  // Lazily loaded code (the side panel's zod and report chunks) has run once the page is idle.
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return issues.filter((i) => i.code === 'ContentSecurityPolicyIssue').map(describeIssue);
}

describe('no CSP violation in the running extension', () => {
  let browser: Launched;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it('in the popup and the side panel', async () => {
    for (const path of ['popup.html', 'sidepanel.html', 'sidepanel.html?view=saved', 'sidepanel.html?view=learn']) {
      const page = await browser.context.newPage();
      expect(await pageCspIssues(browser, page, path), path).toEqual([]);
      await page.close();
    }
  });

  it('in the service worker, from its start', async () => {
    // The worker builds its zod schemas when its modules load, before any message.
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    expect(await workerCspIssues(cdp, browser.worker.url())).toEqual([]);
    await cdp.detach();
    await page.close();
  });
});
