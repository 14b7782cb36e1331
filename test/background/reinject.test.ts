// Running the new content script in open board tabs after an install or update: every matching tab that can
// take it, each script's own files and patterns, nothing from a malformed manifest, and no failure escaping; a tab
// that already has a live script (its page loaded after the install) is left alone.
import { describe, expect, it } from 'vitest';
import { reinjectContentScripts, type OpenTab, type ReinjectDeps } from '../../lib/background/reinject';

const SCRIPTS = [{ matches: ['https://jobs.lever.co/*', 'https://*.indeed.com/*'], js: ['content-scripts/content.js'], run_at: 'document_end' }];

function deps(tabs: OpenTab[], refuse: number[] = [], live: number[] = []) {
  const queried: string[][] = [];
  const injected: [number, string[]][] = [];
  const steps: string[] = [];
  const d: ReinjectDeps = {
    contentScripts: SCRIPTS,
    queryTabs: async (patterns) => (queried.push(patterns), tabs),
    whenLoaded: async (tabId) => void steps.push(`loaded ${tabId}`),
    ping: async (tabId) => (steps.push(`ping ${tabId}`), live.includes(tabId)),
    inject: async (tabId, files) => {
      if (refuse.includes(tabId)) throw new Error('Cannot access contents of the page');
      injected.push([tabId, files]);
    },
  };
  return { d, queried, injected, steps };
}

describe('reinjectContentScripts', () => {
  it('runs the manifest script in every open tab its patterns match', async () => {
    const { d, queried, injected } = deps([{ id: 3 }, { id: 9 }]);
    expect(await reinjectContentScripts(d)).toBe(2);
    expect(queried).toEqual([SCRIPTS[0]!.matches]);
    expect(injected).toEqual([[3, ['content-scripts/content.js']], [9, ['content-scripts/content.js']]]);
  });

  it('skips discarded tabs and tabs without an id, and goes on past a tab that refuses', async () => {
    const { d, injected } = deps([{ id: 1, discarded: true }, {}, { id: 2 }, { id: 4 }], [2]);
    expect(await reinjectContentScripts(d)).toBe(1);
    expect(injected.map(([id]) => id)).toEqual([4]);
  });

  it('leaves a tab with a live script alone, and asks a loading tab only once it has loaded', async () => {
    const { d, injected, steps } = deps([{ id: 5, status: 'loading' }, { id: 6, status: 'complete' }, { id: 7, status: 'loading' }], [], [5, 6]);
    expect(await reinjectContentScripts(d)).toBe(1);
    expect(injected.map(([id]) => id)).toEqual([7]);
    expect(steps.filter((s) => s.endsWith(' 5'))).toEqual(['loaded 5', 'ping 5']);
    expect(steps).not.toContain('loaded 6');
    // A ping that fails outright (no receiving end) counts as no live script.
    const failing = deps([{ id: 8 }]);
    expect(await reinjectContentScripts({ ...failing.d, ping: () => Promise.reject(new Error('Receiving end does not exist')) })).toBe(1);
  });

  it('does nothing for a manifest without content scripts, a malformed one, or when tabs cannot be listed', async () => {
    for (const contentScripts of [undefined, [], [{ matches: [], js: ['a.js'] }], [{ matches: ['https://x.test/*'] }], 'nonsense', [{ matches: 'https://x.test/*', js: ['a.js'] }]]) {
      const { d, injected } = deps([{ id: 1 }]);
      expect(await reinjectContentScripts({ ...d, contentScripts })).toBe(0);
      expect(injected).toEqual([]);
    }
    const { d } = deps([{ id: 1 }]);
    expect(await reinjectContentScripts({ ...d, queryTabs: () => Promise.reject(new Error('no')) })).toBe(0);
  });
});
