import { defineConfig } from 'vitest/config';

const UNIT = ['test/**/*.test.ts', 'test/**/*.test.tsx'];
const RELIABILITY = 'test/reliability/**';

export default defineConfig({
  test: {
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // expect.poll waits for a state; its one-second default is a wall-clock bound a busy runner can miss.
    expect: { poll: { timeout: 30_000 } },
    // Vitest's default on a 2-core machine is one worker (cores - 1); the files are independent and CPU-bound.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: ['test/e2e/**', 'node_modules/**', RELIABILITY] } },
      // The fuzz and regex files run after the unit files, not beside them: each keeps both cores busy.
      { extends: true, test: { name: 'reliability', include: [RELIABILITY + '/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
