// "Detect postings on every site" and the on-demand failure causes (lib/site-access.ts), over fake ports that
// behave like the browser's: a permission the user grants or refuses, scripts that refuse a duplicate id.
import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES } from '../lib/content/matches';
import {
  DETECTOR_ID, detectorRegistration, disableEverySite, enableEverySite, EVERY_SITE, injectFailure, syncDetector,
  type DetectorRegistration, type PermissionsPort, type ScriptsPort,
} from '../lib/site-access';

function fakes(opts: { userSays?: boolean; granted?: boolean } = {}) {
  const log: string[] = [];
  let granted = opts.granted ?? false;
  const scripts = new Map<string, DetectorRegistration>();
  const perms: PermissionsPort = {
    contains: async (p) => (log.push(`contains ${p.origins.join(' ')}`), granted),
    request: (p) => {
      log.push(`request ${p.origins.join(' ')}`);
      if (opts.userSays) granted = true;
      return Promise.resolve(!!opts.userSays);
    },
    remove: async (p) => {
      log.push(`remove ${p.origins.join(' ')}`);
      granted = false;
      return true;
    },
  };
  const port: ScriptsPort = {
    registered: async (ids) => ids.filter((id) => scripts.has(id)),
    register: async (s) => {
      log.push(`register ${s.id}`);
      if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.set(s.id, s);
    },
    unregister: async (ids) => {
      log.push(`unregister ${ids.join(' ')}`);
      ids.forEach((id) => scripts.delete(id));
    },
  };
  return { log, perms, port, scripts, grant: () => void (granted = true), revoke: () => void (granted = false) };
}

describe('the every-site setting', () => {
  it('asks for the permission first, synchronously inside the click, then registers the detector', async () => {
    const f = fakes({ userSays: true });
    const done = enableEverySite(f.perms, f.port, CONTENT_MATCHES);
    expect(f.log).toEqual([`request ${EVERY_SITE.join(' ')}`]); // before any await
    expect(await done).toBe(true);
    expect([...f.scripts.keys()]).toEqual([DETECTOR_ID]);
  });

  it('registers nothing when the user refuses', async () => {
    const f = fakes({ userSays: false });
    expect(await enableEverySite(f.perms, f.port, CONTENT_MATCHES)).toBe(false);
    expect(f.scripts.size).toBe(0);
    expect(f.log.filter((l) => l.startsWith('register'))).toEqual([]);
  });

  it('turning it off unregisters the detector, then gives the permission back', async () => {
    const f = fakes({ userSays: true });
    await enableEverySite(f.perms, f.port, CONTENT_MATCHES);
    f.log.length = 0;
    await disableEverySite(f.perms, f.port);
    expect(f.log).toEqual([`unregister ${DETECTOR_ID}`, `remove ${EVERY_SITE.join(' ')}`]);
    expect(f.scripts.size).toBe(0);
    expect(await f.perms.contains({ origins: EVERY_SITE })).toBe(false);
  });

  it('the detector follows the permission: granted or revoked from the browser’s own settings', async () => {
    const f = fakes();
    expect(await syncDetector(f.perms, f.port, CONTENT_MATCHES)).toBe(false);
    expect(f.scripts.size).toBe(0);
    f.grant();
    expect(await syncDetector(f.perms, f.port, CONTENT_MATCHES)).toBe(true);
    expect(f.scripts.has(DETECTOR_ID)).toBe(true);
    expect(await syncDetector(f.perms, f.port, CONTENT_MATCHES)).toBe(true); // again: no second registration
    expect(f.log.filter((l) => l.startsWith('register'))).toHaveLength(1);
    f.revoke();
    expect(await syncDetector(f.perms, f.port, CONTENT_MATCHES)).toBe(false);
    expect(f.scripts.size).toBe(0);
  });

  it('the popup and the background following the same change at once: both end well, one registration', async () => {
    const f = fakes({ granted: true });
    const results = await Promise.all([syncDetector(f.perms, f.port, CONTENT_MATCHES), syncDetector(f.perms, f.port, CONTENT_MATCHES)]);
    expect(results).toEqual([true, true]);
    expect([...f.scripts.keys()]).toEqual([DETECTOR_ID]);
  });

  it('a registration that fails for another reason is reported', async () => {
    const f = fakes({ granted: true });
    f.port.register = async () => {
      throw new Error('Script with ID could not be loaded');
    };
    await expect(syncDetector(f.perms, f.port, CONTENT_MATCHES)).rejects.toThrow('could not be loaded');
  });

  it('the detector runs on every http(s) site except the boards, top frame, after the page loaded', () => {
    const r = detectorRegistration(CONTENT_MATCHES);
    expect(r).toEqual({
      id: DETECTOR_ID,
      matches: ['https://*/*', 'http://*/*'],
      excludeMatches: [...CONTENT_MATCHES],
      js: ['detector.js'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });
});

describe('why a page could not be read (injectFailure)', () => {
  it('pages no extension may read', () => {
    for (const m of [
      'Cannot access a chrome:// URL',
      'The extensions gallery cannot be scripted.',
      'Cannot access contents of url "chrome-error://chromewebdata/". Extension manifest must request permission to access this host.',
      'Cannot access a chrome-extension:// URL of different extension',
      'Cannot access contents of url "about:blank"',
    ])
      expect(injectFailure(m), m).toBe('restricted');
  });
  it('pages Postfit may read once allowed', () => {
    for (const m of [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'Cannot access contents of url "https://www.workinstartups.com/job/1". Extension manifest must request permission to access this host.',
      'Missing host permission for the tab',
      'No tab with id: 7',
    ])
      expect(injectFailure(m), m).toBe('no-access');
  });
});
