// npm run bench: every benchmark, each printing its own numbers against its target. All run even when one is over
// target; the exit code says whether any was.
import { spawnSync } from 'node:child_process';

const steps: [string, string[]][] = [
  ['parser', ['tsx', 'lib/cli/bench.ts']],
  ['regexes', ['tsx', 'test/bench/regex.ts']],
  ['command line', ['tsx', 'test/bench/cli.ts']],
  ['build', ['wxt', 'build']],
  ['overlay (Chromium)', ['tsx', 'test/bench/overlay.ts']],
  ['side panel (Chromium)', ['tsx', 'test/bench/sidepanel.ts']],
];
const failed: string[] = [];
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n== ${name}`);
  const r = spawnSync('npx', [cmd!, ...args], { stdio: ['ignore', name === 'build' ? 'ignore' : 'inherit', 'inherit'] });
  if (r.status !== 0) failed.push(name);
}
console.log(failed.length ? `\nbench: over target or failed: ${failed.join(', ')}` : '\nbench: every target met');
process.exitCode = failed.length ? 1 : 0;
