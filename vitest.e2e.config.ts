import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in real Chromium, and test/e2e/firefox/ the Firefox
// build (.output/firefox-mv3) in real Firefox ESR; one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    // expect.poll waits for a state; its one-second default is a wall-clock bound a busy runner can miss.
    expect: { poll: { timeout: 30_000 } },
    setupFiles: ['test/setup-taxonomy.ts', 'test/e2e/on-failure.ts'],
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
