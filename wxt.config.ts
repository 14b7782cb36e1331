import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './lib/content/matches';

// Chrome-only permissions (sidePanel) are left out of Firefox, where WXT turns the side panel into sidebar_action.
// data_collection_permissions needs Firefox 140.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
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
    action: { default_title: 'Postfit' },
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
          },
        }
      : {}),
  }),
});
