// The popup's PDF loader when pdf.js's worker cannot start (the file missing after an update, a broken build): the
// read ends with a message instead of waiting for ever, and the next read starts a new worker. Node has no Worker:
// a stand-in records what the loader starts and fails to load, as a browser's Worker reports it (an 'error' event).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PDF_MESSAGES } from '../../lib/import/pdf';
import { textPdf } from '../import/make-pdf';

class FailingWorker extends EventTarget {
  static started: FailingWorker[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FailingWorker.started.push(this);
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
}

describe('readPdfFile when the worker cannot start', () => {
  beforeEach(() => {
    FailingWorker.started = [];
    vi.stubGlobal('Worker', FailingWorker);
    vi.stubGlobal('location', new URL('chrome-extension://abc/popup.html'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says it could not read the file, and starts a new worker for the next file', async () => {
    const { readPdfFile } = await import('../../components/popup/import/pdfjs');
    const pdf = textPdf([[{ x: 72, y: 700, parts: ['EXPERIENCE'] }]]);
    const first = readPdfFile(pdf);
    await vi.waitFor(() => expect(FailingWorker.started).toHaveLength(1));
    const [worker] = FailingWorker.started;
    expect(worker!.url.href).toMatch(/^chrome-extension:\/\/abc\/.*pdf\.worker\.min\.mjs$/);
    expect(worker!.options).toEqual({ type: 'module' });
    worker!.dispatchEvent(new Event('error'));
    expect(await first).toEqual({ ok: false, error: PDF_MESSAGES.failed });
    expect(worker!.terminated).toBe(true);

    const second = readPdfFile(pdf);
    await vi.waitFor(() => expect(FailingWorker.started).toHaveLength(2));
    FailingWorker.started[1]!.dispatchEvent(new Event('error'));
    expect(await second).toEqual({ ok: false, error: PDF_MESSAGES.failed });
  });
});
