// Times regexes on the adversaries in a worker thread (regex-timer-worker.mjs says why): shared by the unit test,
// which allows for a busy machine, and `npm run bench`, which holds every regex to the 10 ms.
import { Worker } from 'node:worker_threads';
import { GENERIC, type Adversary } from './regex-adversary';

export interface Timed {
  runs: number;
  /** Over the limit: the adversary, the time and size of the first rung over it, and the yardstick's time there. */
  slow: { name: string; ms: number; size: number; walk: number }[];
}

export interface RegexTimer {
  /** Times one regex (after its gate, if it is a GatedRegExp) on every generic adversary and its own. */
  time(re: RegExp, own: Adversary[]): Promise<Timed>;
  close(): Promise<number>;
}

export function regexTimer(limitMs: number): RegexTimer {
  const worker = new Worker(new URL('./regex-timer-worker.mjs', import.meta.url), { workerData: { generic: GENERIC, limit: limitMs } });
  return {
    time(re, own) {
      const gate = (re as RegExp & { gate?: RegExp }).gate;
      return new Promise((resolve, reject) => {
        const settle = () => {
          worker.off('message', ok);
          worker.off('error', fail);
          worker.off('exit', gone);
        };
        const ok = (r: Timed) => (settle(), resolve(r));
        const fail = (e: Error) => (settle(), reject(e));
        const gone = (code: number) => fail(new Error(`the regex timer exited (${code})`));
        worker.on('message', ok);
        worker.on('error', fail);
        worker.on('exit', gone);
        worker.postMessage({ source: re.source, flags: re.flags, gate: gate && { source: gate.source, flags: gate.flags }, own });
      });
    },
    close: () => worker.terminate(),
  };
}
