import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './lib/content/matches';
import { EVERY_SITE } from './lib/site-access';

// Chrome-only permissions (sidePanel) are left out of Firefox, where WXT turns the side panel into sidebar_action.
// data_collection_permissions needs Firefox 140 (142 on Android).
// test/e2e/manifest.e2e.ts pins what the built manifests declare: a change here fails it until the test changes too.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Both browsers preload modules natively; Vite's polyfill would be the bundles' only fetch() call, and
  // test/e2e/manifest-bundles.e2e.ts holds the bundles to none.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  // The Firefox sources zip (for AMO review) holds what builds the extension: no tests, fixtures or their configs.
  zip: { excludeSources: ['test/**', 'vitest.config.ts', 'vitest.e2e.config.ts'] },
  manifest: ({ browser }) => ({
    name: 'Postfit',
    description: 'See at a glance how a job posting fits your skills. Runs entirely in your browser.',
    // activeTab + scripting: evaluate a page of any other site when the user asks (context menu, command); no host
    // permissions beyond the boards, content scripts only on the boards (lib/content/matches.ts).
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Chrome only: host access to the boards the content script already runs on (no new site, no new warning), so
    // that after an update the background can run the new content script in open board tabs (lib/background/reinject.ts).
    ...(browser === 'firefox' ? {} : { host_permissions: [...CONTENT_MATCHES] }),
    // Asked for only when the user turns on "Detect postings on every site" (lib/site-access.ts); optional host
    // permissions add nothing to the install warning.
    optional_host_permissions: [...EVERY_SITE],
    action: { default_title: 'Postfit' },
    // Stated rather than left to the default: no eval (not even wasm-unsafe-eval) and no remote script. WXT's dev
    // server adds its own localhost origin to script-src in `wxt` dev mode only.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    commands: {
      'evaluate-page': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Evaluate this page with Postfit' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postfit@postfit.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
