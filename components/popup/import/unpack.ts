// Runs lib/import/unpack.ts in a worker, so inflating a large Word file or LinkedIn export never freezes the popup.
// A worker per file: it ends with its answer, and a failed start or a bad answer is one message, never a hang.
import { UnpackedSchema, type UnpackKind, type Unpacked } from '../../../lib/import/unpack';
import UnpackWorker from './unpack.worker?worker';

const FAILED = 'Postfit could not unpack this file; close and reopen the popup, then try again.';

export function unpackInWorker(kind: UnpackKind, bytes: Uint8Array, make: () => Worker = () => new UnpackWorker()): Promise<Unpacked> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = make();
    } catch {
      resolve({ ok: false, error: FAILED });
      return;
    }
    const done = (answer: Unpacked) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (e: MessageEvent<unknown>) => {
      const r = UnpackedSchema.safeParse(e.data);
      done(r.success ? (r.data as Unpacked) : { ok: false, error: FAILED });
    };
    worker.onerror = () => done({ ok: false, error: FAILED });
    worker.postMessage({ kind, bytes });
  });
}
