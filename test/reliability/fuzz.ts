// One way to run a property over generated inputs: a fixed seed per property (CI runs the same inputs every
// time), the exact number of runs checked, and a failure message that names the seed and path to replay it.
import fc from 'fast-check';

/** The base seed. FUZZ_SEED=<n> explores other inputs locally; CI leaves it unset. */
export const BASE_SEED = 20_260_707;

function baseSeed(): number {
  const env = process.env.FUZZ_SEED;
  return env !== undefined && /^-?\d+$/.test(env) ? Number(env) : BASE_SEED;
}

/** Each property gets its own stream of inputs: the base seed mixed with a hash of the property's name. */
export function seedFor(name: string): number {
  let h = baseSeed() | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** A short, escaped view of an input: counterexamples can be a megabyte long and hold lone surrogates. */
export function preview(v: unknown, max = 600): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length <= max ? s : `${s.slice(0, max)}… (${s.length} chars)`;
}

/** Per-test timeout for fuzz tests: the runs are fixed, but a machine shared with other jobs can be slow. */
export const FUZZ_TIMEOUT = 600_000;

export interface FuzzOptions {
  /** Shrinking a failing megabyte input takes long; long-input properties report the raw input instead. */
  shrink?: boolean;
}

/**
 * Runs `check` on `numRuns` inputs drawn from `arb`. `check` throws (expect) on a bad output; an exception
 * escaping the code under test fails the same way. Throws an Error naming seed and path on failure.
 */
export function fuzz<T>(name: string, arb: fc.Arbitrary<T>, check: (input: T) => void, numRuns: number, opts: FuzzOptions = {}): void {
  const seed = seedFor(name);
  const details = fc.check(
    fc.property(arb, (input) => {
      check(input);
    }),
    { seed, numRuns, endOnFailure: opts.shrink === false },
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${name}: failed after ${details.numRuns} runs, seed ${seed}, path "${details.counterexamplePath}" ` +
        `(replay: fc.check(..., { seed: ${seed}, path: "${details.counterexamplePath}" }))\n` +
        `input: ${preview(details.counterexample)}\n${cause}`,
    );
  }
  if (details.numRuns !== numRuns) throw new Error(`${name}: ran ${details.numRuns} of ${numRuns} inputs (seed ${seed})`);
}
