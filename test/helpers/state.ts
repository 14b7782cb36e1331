// Waiting for a state, not for a time: the only bound is one no busy machine reaches (the test's own timeout
// comes first in practice); vi.waitFor's default of one second fails on a loaded 2-core runner.
export const STATE = { timeout: 30_000, interval: 10 } as const;
