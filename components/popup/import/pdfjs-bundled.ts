// pdf.js as the extension ships it, with its worker: loaded only through readPdfFile's import() (./pdfjs.ts).
// The worker is pdfjs-dist's own prebuilt file, emitted by Vite as an asset of the extension (`?url`), so the URL is
// on the extension's origin (chrome-extension://<id>/assets/…, moz-extension://…): the MV3 policy's script-src 'self'
// allows it, and nothing is fetched from the network. pdf.js starts it as a module worker, off the popup's UI thread.
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { readPdfText, type PdfTextResult } from '../../../lib/import/pdf';

GlobalWorkerOptions.workerSrc = new URL(workerUrl, globalThis.location.href).href;

export function readWithBundledPdfJs(bytes: Uint8Array, onProgress?: (page: number, pages: number) => void): Promise<PdfTextResult> {
  return readPdfText(bytes, { getDocument }, onProgress);
}
