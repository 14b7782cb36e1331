// npm run bench (command line): wall time of `npm run parse` as a person or a script starts it, one posting and 40
// postings per run, from a fresh process each time (the bundle already built, as after the first run).
// Targets (issue 12): one posting < 0.5 s, 40 postings < 1 s, median of the runs.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const DEV = join(import.meta.dirname, '../../../shared/dev/postings');
const ROUNDS = 7;
const files = readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort().map((f) => join(DEV, f));
const forty = Array.from({ length: 40 }, (_, i) => files[i % files.length]!);

function run(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('npm', ['run', '--silent', 'parse', '--', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = String(r.stdout).split('\n').filter((l) => l.startsWith('{')).length;
  if (r.status !== 0 || lines !== args.length) throw new Error(`npm run parse failed (status ${r.status}, ${lines} records)`);
  if (process.env.POSTFIT_BENCH_VERBOSE) console.log(`${args.length} file(s): ${ms.toFixed(0)} ms`);
  return ms;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** npm's own start: `npm run env` (npm's built-in script, which starts only a shell's env). No command run through
 * npm can be faster; the parser's share is the rest. */
function npmAlone(): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('npm', ['run', '--silent', 'env'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run env failed (status ${r.status})`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

run([files[0]!]); // builds the bundle when it is stale: the first run after an edit pays for that once
const one = median(Array.from({ length: ROUNDS }, (_, i) => run([files[i % files.length]!])));
const many = median(Array.from({ length: ROUNDS }, () => run(forty)));
const floor = median(Array.from({ length: ROUNDS }, npmAlone));
const ok = one < 500 && many < 1000;
console.log(`npm run parse, 1 posting: median ${one.toFixed(0)} ms (target < 500)`);
console.log(`npm run parse, 40 postings: median ${many.toFixed(0)} ms (target < 1000)`);
console.log(`  npm's own start (npm run env): median ${floor.toFixed(0)} ms`);
console.log(ok ? 'command line: within target' : 'command line: OVER TARGET');
process.exitCode = ok ? 0 : 1;
