import { describe, expect, it } from 'vitest';
import { unpackInWorker } from '../../components/popup/import/unpack';
import { unpack } from '../../lib/import/unpack';
import { docx, para, run } from '../import/docx-files';
import { fullExport } from '../import/linkedin-files';

/** A stand-in Worker that answers with `answer(request)`, or fails to start its script. */
function fakeWorker(answer: (req: { kind: 'docx' | 'linkedin'; bytes: Uint8Array }) => unknown, fail = false) {
  const w = {
    terminated: false,
    onmessage: null as ((e: MessageEvent<unknown>) => void) | null,
    onerror: null as (() => void) | null,
    postMessage(req: { kind: 'docx' | 'linkedin'; bytes: Uint8Array }) {
      queueMicrotask(() => (fail ? w.onerror?.() : w.onmessage?.({ data: answer(req) } as MessageEvent<unknown>)));
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

describe('unpack', () => {
  it('gives a Word file\'s text and a LinkedIn export\'s checked rows', () => {
    expect(unpack('docx', docx(para(run('Python and Go'))))).toEqual({ ok: true, kind: 'docx', text: 'Python and Go' });
    const li = unpack('linkedin', fullExport());
    expect(li.ok && li.kind === 'linkedin' && li.tables.skills.map((r) => r.Name)).toContain('Python');
  });

  it('passes the reader\'s message on for a file that is not what it claims', () => {
    expect(unpack('docx', new Uint8Array([1, 2, 3])).ok).toBe(false);
  });
});

describe('unpackInWorker', () => {
  it('hands the request to the worker, checks its answer and ends the worker', async () => {
    const w = fakeWorker((req) => unpack(req.kind, req.bytes));
    const r = await unpackInWorker('docx', docx(para(run('Kubernetes'))), () => w as unknown as Worker);
    expect(r).toEqual({ ok: true, kind: 'docx', text: 'Kubernetes' });
    expect(w.terminated).toBe(true);
  });

  it.each([
    ['an answer of the wrong shape', fakeWorker(() => ({ ok: true, kind: 'docx', text: 42 }))],
    ['a worker whose script fails to load', fakeWorker(() => null, true)],
  ])('turns %s into one message', async (_what, w) => {
    const r = await unpackInWorker('docx', new Uint8Array(), () => w as unknown as Worker);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/could not unpack this file/) });
    expect(w.terminated).toBe(true);
  });

  it('a worker that cannot be made at all is a message too', async () => {
    const r = await unpackInWorker('linkedin', new Uint8Array(), () => {
      throw new Error('blocked');
    });
    expect(r.ok).toBe(false);
  });
});
