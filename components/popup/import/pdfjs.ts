// Reads a PDF CV in the popup. pdf.js (about 400 KB) and its worker load only when a PDF is picked: this module is
// small and may be imported anywhere in the popup; the pdf.js chunk comes through the import() below, never in the
// popup's first chunk, the content script or the background (test/e2e/manifest-bundles.e2e.ts checks the build).
import { PDF_MESSAGES, type PdfTextResult } from '../../../lib/import/pdf';

export type { PdfTextResult };

/** The PDF's text as lines for the CV reader, or a message to show as it is; parsing runs in pdf.js's worker. */
export async function readPdfFile(bytes: Uint8Array, onProgress?: (page: number, pages: number) => void): Promise<PdfTextResult> {
  let read: typeof import('./pdfjs-bundled').readWithBundledPdfJs;
  try {
    ({ readWithBundledPdfJs: read } = await import('./pdfjs-bundled'));
  } catch {
    // The chunk failed to load (the extension was updated under the open popup): nothing was read or changed.
    return { ok: false, error: PDF_MESSAGES.failed };
  }
  return read(bytes, onProgress);
}
