import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in real Chromium, and test/e2e/firefox/ the Firefox
// build (.output/firefox-mv3) in real Firefox ESR. Each file launches its own browser with its own profile, so two
// run at once (most of a browser test is waiting on the browser). The files that kill the worker at chosen moments
// or reload the extension, and the Firefox files, run afterwards one at a time: they time their steps against the
// browser's own work, and a second browser beside them only makes their windows harder to hit.
const ALONE = ['test/e2e/lifecycle-*.e2e.ts', 'test/e2e/firefox/**/*.e2e.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // expect.poll waits for a state; its one-second default is a wall-clock bound a busy runner can miss.
    expect: { poll: { timeout: 30_000 } },
    setupFiles: ['test/setup-taxonomy.ts'],
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'browsers', include: ['test/e2e/**/*.e2e.ts'], exclude: ALONE, maxWorkers: 2 } },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
