// pdf.js as the extension ships it, with its worker: loaded only through readPdfFile's import() (./pdfjs.ts).
// The worker is pdfjs-dist's own prebuilt file, emitted by Vite as an asset of the extension (`?url`), so its URL is on
// the extension's origin (chrome-extension://<id>/assets/…, moz-extension://…): the MV3 policy's script-src 'self'
// allows it, and nothing comes from the network. The popup starts the worker itself and hands pdf.js its port: left to
// itself, pdf.js would quietly parse on the popup's own thread (its "fake worker") when a worker cannot start; with a
// port it cannot, so parsing runs in the worker or the read fails with a message. One worker serves every read while
// the popup is open; each document is still destroyed after its read.
// The legacy build, not the modern one: the modern build calls Map.prototype.getOrInsertComputed unpolyfilled (Chrome
// 145, Firefox 144), and the extension supports Firefox from 140 (wxt.config.ts). The legacy build carries polyfills.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { PDF_MESSAGES, readPdfText, type PdfTextResult } from '../../../lib/import/pdf';

interface Running {
  worker: Worker;
  /** Settles with a message if the worker fails to load or dies; a read waiting on it would otherwise never end. */
  failed: Promise<PdfTextResult>;
}

let running: Running | undefined;

function startWorker(): Running {
  if (running) return running;
  const worker = new Worker(new URL(workerUrl, globalThis.location.href), { type: 'module' });
  const failed = new Promise<PdfTextResult>((resolve) => {
    worker.addEventListener(
      'error',
      () => {
        if (running?.worker === worker) running = undefined; // the next read starts a new one
        worker.terminate();
        resolve({ ok: false, error: PDF_MESSAGES.failed });
      },
      { once: true },
    );
  });
  GlobalWorkerOptions.workerPort = worker;
  running = { worker, failed };
  return running;
}

export function readWithBundledPdfJs(bytes: Uint8Array, onProgress?: (page: number, pages: number) => void): Promise<PdfTextResult> {
  const { failed } = startWorker();
  return Promise.race([readPdfText(bytes, { getDocument }, onProgress), failed]);
}
