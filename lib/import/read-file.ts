// One chosen file to a proposal: its bytes decide what it is (lib/import/sniff), then the reader for that kind.
// pdf.js is passed in: it runs in the popup with its own worker, and lib/ stays free of browser APIs.
import { readCvText } from './cv-text';
import { readDocxText } from './docx';
import { readJsonResume } from './json-resume';
import { readLinkedInExport } from './linkedin';
import { decodeText } from './text';
import type { ImportLookups, ImportResult } from './proposal';
import { sniffFile } from './sniff';

export type PdfText = (
  bytes: Uint8Array,
  onProgress: (page: number, pages: number) => void,
) => Promise<{ ok: true; text: string } | { ok: false; error: string }>;

export interface FileDeps {
  pdfText: PdfText;
}

const NOT_TEXT = 'This file is not readable text (it is not UTF-8 or UTF-16).';

export async function readImportFile(
  name: string,
  bytes: Uint8Array,
  lookups: ImportLookups,
  deps: FileDeps,
  onProgress: (message: string) => void = () => {},
): Promise<ImportResult> {
  const sniffed = sniffFile(name, bytes);
  if (!sniffed.ok) return sniffed;
  switch (sniffed.kind) {
    case 'pdf': {
      const r = await deps.pdfText(bytes, (page, pages) => onProgress(`Reading page ${page} of ${pages}…`));
      return r.ok ? readCvText(r.text, lookups, 'pdf') : r;
    }
    case 'docx': {
      const r = readDocxText(bytes);
      return r.ok ? readCvText(r.text, lookups, 'docx') : r;
    }
    case 'json-resume': {
      const text = decodeText(bytes);
      return text === null ? { ok: false, error: NOT_TEXT } : readJsonResume(text, lookups);
    }
    case 'linkedin':
      return readLinkedInExport(bytes, lookups);
    case 'text': {
      const text = decodeText(bytes);
      return text === null ? { ok: false, error: NOT_TEXT } : readCvText(text, lookups, 'text');
    }
  }
}
