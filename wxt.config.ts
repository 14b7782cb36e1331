import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    // permissions, content scripts only on the boards (lib/content/matches.ts).
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
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
