import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    setupFiles: ['test/setup-taxonomy.ts'],
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
