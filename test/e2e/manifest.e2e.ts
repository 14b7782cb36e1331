// What the built extension asks the browser for, pinned (issue #7). A new permission, host, content-script site,
// command or manifest key fails here until this test is changed with it, so each one is a reviewed decision.
// Reads the builds `npm test` makes (npm run zip: .output/chrome-mv3 and .output/firefox-mv3).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from './browser';

const FIREFOX_DIR = process.env.POSTFIT_FIREFOX_DIR ?? resolve(import.meta.dirname, '../../.output/firefox-mv3');

type Manifest = Record<string, unknown> & { content_scripts?: { matches: string[] }[] };
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

const PERMISSIONS = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'];

/** lib/content/matches.ts, written out: the boards the content script runs on without being asked. */
const CONTENT_MATCHES = [
  'https://remotewlb.com/apply/*',
  'https://www.remotewlb.com/apply/*',
  'https://www.linkedin.com/*',
  'https://*.linkedin.com/jobs/*',
  'https://*.indeed.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://jobs.ashbyhq.com/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*',
  'https://www.seek.com.au/*',
  'https://www.seek.co.nz/*',
  'https://*.seek.com/*',
  'https://www.welcometothejungle.com/*',
  'https://app.welcometothejungle.com/jobs/*',
  'https://app.otta.com/*',
  'https://www.stepstone.de/*',
  'https://www.stepstone.at/*',
  'https://www.stepstone.be/*',
  'https://www.stepstone.nl/*',
  'https://news.ycombinator.com/item*',
  'https://apply.workable.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://*.recruitee.com/o/*',
  'https://*.teamtailor.com/jobs/*',
  'https://*.jobs.personio.de/*',
  'https://*.jobs.personio.com/*',
  'https://join.com/companies/*',
  'https://*.bamboohr.com/careers/*',
  'https://*.bamboohr.com/jobs/*',
  'https://*.breezy.hr/p/*',
  'https://jobs.jobvite.com/*',
  'https://*.icims.com/jobs/*',
  'https://wellfound.com/*',
];

const CSP = { extension_pages: "script-src 'self'; object-src 'self'" };
const COMMANDS = {
  'evaluate-page': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Evaluate this page with Postfit' },
};
/** Keys that would widen what the extension can reach or who can reach it; the key lists below leave them out too. */
const NEVER = [
  'optional_permissions',
  'externally_connectable',
  'web_accessible_resources',
  'content_security_policy.sandbox',
  'sandbox',
  'update_url',
];

const BROWSERS = [
  {
    name: 'chrome',
    dir: EXTENSION_DIR,
    keys: ['action', 'background', 'commands', 'content_scripts', 'content_security_policy', 'description',
      'host_permissions', 'manifest_version', 'name', 'optional_host_permissions', 'permissions', 'side_panel', 'version'],
    permissions: [...PERMISSIONS, 'sidePanel'],
    // The boards again, no more: Chromium runs a new version's content script in tabs already open on a board
    // (after an update or reload) only with host access to them; content_scripts matches alone are refused.
    hosts: CONTENT_MATCHES,
    background: { service_worker: 'background.js' },
  },
  {
    name: 'firefox',
    dir: FIREFOX_DIR,
    keys: ['action', 'background', 'browser_specific_settings', 'commands', 'content_scripts',
      'content_security_policy', 'description', 'manifest_version', 'name', 'optional_host_permissions', 'permissions',
      'sidebar_action', 'version'],
    permissions: PERMISSIONS,
    // Firefox runs the new content script in open tabs itself.
    hosts: undefined,
    background: { scripts: ['background.js'] },
  },
];

for (const b of BROWSERS) {
  describe(`the built ${b.name} manifest`, () => {
    const m = read(b.dir);

    it('has exactly the pinned keys, and none that widen access', () => {
      expect(Object.keys(m).sort()).toEqual(b.keys);
      for (const key of NEVER) expect(m, key).not.toHaveProperty(key.split('.'));
      expect(m.manifest_version).toBe(3);
    });

    it('asks for exactly the pinned permissions, and host access to the boards only', () => {
      expect(m.permissions).toEqual(b.permissions);
      const hosts = m.host_permissions as string[] | undefined;
      expect(hosts && [...hosts].sort()).toEqual(b.hosts && [...b.hosts].sort());
    });

    // "Detect postings on every site" (issue 12): every site only as an optional permission, asked for from the
    // user's click in the popup. What the browser shows at install comes from permissions and host_permissions
    // alone, and those are pinned above, unchanged: the install warning is the boards', as before.
    it('every site only as an optional host permission, so the install warning does not grow', () => {
      expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      for (const all of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*']) {
        expect(m.permissions).not.toContain(all);
        expect((m.host_permissions as string[] | undefined) ?? []).not.toContain(all);
        expect(m.content_scripts?.[0]?.matches).not.toContain(all);
      }
    });

    it('runs its content script on exactly the pinned boards, in the isolated world, top frame only', () => {
      expect(m.content_scripts).toEqual([
        { matches: expect.any(Array), run_at: 'document_start', js: ['content-scripts/content.js'] },
      ]);
      expect([...(m.content_scripts?.[0]?.matches ?? [])].sort()).toEqual([...CONTENT_MATCHES].sort());
    });

    it('states a CSP without eval or remote script, and keeps its background and command', () => {
      expect(m.content_security_policy).toEqual(CSP);
      expect(m.background).toEqual(b.background);
      expect(m.commands).toEqual(COMMANDS);
      expect(m.action).toEqual({ default_title: 'Postfit', default_popup: 'popup.html' });
    });
  });
}

describe('the built manifests per browser', () => {
  it('Chrome opens the side panel page; Firefox has it as its sidebar', () => {
    expect(read(EXTENSION_DIR).side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(read(FIREFOX_DIR).sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: 'Postfit' });
  });

  it('Firefox: the add-on id, its minimum versions and that it collects no data', () => {
    expect(read(FIREFOX_DIR).browser_specific_settings).toEqual({
      gecko: {
        id: 'postfit@postfit.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});
