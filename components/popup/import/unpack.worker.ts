// The popup's unpacking worker: a Word file's text or a LinkedIn export's rows (lib/import/unpack.ts), off the
// popup's thread. One request per worker; the popup checks the answer with UnpackedSchema.
import '../../../lib/zod-jitless';
import { unpack, UnpackRequestSchema, type Unpacked } from '../../../lib/import/unpack';

self.onmessage = (e: MessageEvent<unknown>) => {
  const req = UnpackRequestSchema.safeParse(e.data);
  let answer: Unpacked;
  try {
    answer = req.success ? unpack(req.data.kind, req.data.bytes) : { ok: false, error: 'Nothing to unpack.' };
  } catch (err) {
    answer = { ok: false, error: `The file could not be unpacked (${err instanceof Error ? err.message : String(err)}).` };
  }
  self.postMessage(answer);
};
