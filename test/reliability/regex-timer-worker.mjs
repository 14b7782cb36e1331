// Times regexes in a worker thread: an isolate of its own, which has compiled nothing but these regexes.
// In the test worker V8 has already generated so much code that it compiles further regexes without
// optimisation (its TooMuchRegExpCode limit), and a regex's time would depend on what ran before it.
// Plain JavaScript: Node loads worker files itself, without the test runner's TypeScript transform.
import { parentPort, workerData } from 'node:worker_threads';

/** @type {{ generic: { name: string, text: string }[], limit: number }} */
const { generic, limit } = workerData;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * One exec, or with g/y every match to the end through replace (the engine's own loop: an exec loop in
 * JS adds a cost per match that says nothing about backtracking). A GatedRegExp runs its gate first and
 * the full pattern only where the gate matches, as its exec does. With `cpu`, the smaller of wall time and
 * process CPU time: a shared machine stretches the first while the thread waits for a core, GC threads the
 * second. Without, wall time alone: reading CPU time is a system call, a quarter of the cost of a short run.
 */
function scanMs({ re, gate }, text, cpu) {
  const [wall, used] = [performance.now(), cpu ? cpuMs() : 0];
  if (!gate || gate.test(text)) {
    if (re.global || re.sticky) text.replace(re, '');
    else re.exec(text);
  }
  const ms = performance.now() - wall;
  return cpu ? Math.min(ms, cpuMs() - used) : ms;
}

/** Best of up to three runs (the first also compiles), stopping at the first one under the limit. */
function bestMs(re, text) {
  let best = scanMs(re, text, false);
  for (let i = 1; i < 3 && best >= limit; i++) best = Math.min(best, scanMs(re, text, true));
  return best;
}

/**
 * Rising sizes up to the whole string, each cut from the front and ending in the string's last character
 * (often the mismatch that makes a regex backtrack); the first size over the limit is reported, so a bad
 * regex fails in well under a second instead of running for hours. Steps of 2 characters up to 64 (an
 * exponential regex multiplies its time by its base squared per step), then of 4x (a cubic one by 64).
 */
const SIZES = [...Array.from({ length: 29 }, (_, i) => 8 + 2 * i), 256, 1024, 4096, 16_384];

/** The rungs of one adversary, built once: the generic ones serve every regex. */
function ladder({ name, text }) {
  const rungs = [...SIZES.filter((n) => n < text.length), text.length].map((n) => (n < text.length ? text.slice(0, n - 1) + text.at(-1) : text));
  // Flattened here once, not on each regex's first exec of it.
  for (const r of rungs) /$/.test(r);
  return { name, rungs };
}

/**
 * A yardstick timed beside a regex over the limit, so that a busy machine (both slow) can be told from a regex that
 * backtracks (many times the yardstick): a walk that tries every position of a string as long as the rung and
 * matches only at its end. Always over the same two-byte text: on some one-byte strings V8 runs it ten times faster.
 */
const WALK = { re: /(?:\p{L}|\P{L})(?![\s\S])/u, gate: null };
const walkMs = (size) => {
  const text = '–'.repeat(size);
  let best = scanMs(WALK, text, true);
  for (let k = 1; k < 3; k++) best = Math.min(best, scanMs(WALK, text, true));
  return best;
};

function climbMs(re, { rungs }) {
  for (const [i, part] of rungs.entries()) {
    const ms = bestMs(re, part);
    if (ms >= limit) return { ms, size: part.length, walk: walkMs(part.length) };
    if (i === rungs.length - 1) return { ms, size: part.length, walk: 0 };
  }
  return { ms: 0, size: 0, walk: 0 };
}

const genericLadders = generic.map(ladder);

parentPort.on('message', ({ source, flags, gate, own }) => {
  const re = { re: new RegExp(source, flags), gate: gate ? new RegExp(gate.source, gate.flags) : null };
  const slow = [];
  for (const adversary of [...genericLadders, ...own.map(ladder)]) {
    const { ms, size, walk } = climbMs(re, adversary);
    if (ms >= limit) slow.push({ name: adversary.name, ms, size, walk });
  }
  parentPort.postMessage({ runs: generic.length + own.length, slow });
});
