import { defineConfig } from 'vitest/config';

const UNIT = ['test/**/*.test.ts', 'test/**/*.test.tsx'];
const RELIABILITY = 'test/reliability/**';

export default defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: ['test/e2e/**', 'node_modules/**', RELIABILITY] } },
      // Vitest's default on a 2-core machine is one worker (cores - 1). The fuzz and regex files are CPU-bound
      // and independent: two workers halve their wall time. They run after the unit files, not beside them.
      { extends: true, test: { name: 'reliability', include: [RELIABILITY + '/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 1 } } },
    ],
  },
});
