// One chosen file to a proposal: its bytes decide what it is (lib/import/sniff), then the reader for that kind.
// pdf.js is passed in: it runs in the popup with its own worker, and lib/ stays free of browser APIs.
import { readCvText } from './cv-text';
import { readJsonResume } from './json-resume';
import { linkedInProposal } from './linkedin';
import { decodeText } from './text';
import type { ImportLookups, ImportResult } from './proposal';
import { sniffFile } from './sniff';
import { unpack, type UnpackKind, type Unpacked } from './unpack';

export type PdfText = (
  bytes: Uint8Array,
  onProgress: (page: number, pages: number) => void,
) => Promise<{ ok: true; text: string } | { ok: false; error: string }>;

export interface FileDeps {
  pdfText: PdfText;
  /** lib/import/unpack.ts's unpack, in the popup run in a worker (components/popup/import/unpack.ts). */
  unpack(kind: UnpackKind, bytes: Uint8Array): Promise<Unpacked>;
}

/** For the command line and tests: the unpacking in this thread. */
export const unpackHere: FileDeps['unpack'] = async (kind, bytes) => unpack(kind, bytes);

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
      onProgress('Unpacking the Word file…');
      const r = await deps.unpack('docx', bytes);
      if (!r.ok) return r;
      return r.kind === 'docx' ? readCvText(r.text, lookups, 'docx') : { ok: false, error: 'The Word file could not be read.' };
    }
    case 'json-resume': {
      const text = decodeText(bytes);
      return text === null ? { ok: false, error: NOT_TEXT } : readJsonResume(text, lookups);
    }
    case 'linkedin': {
      onProgress('Unpacking the LinkedIn export…');
      const r = await deps.unpack('linkedin', bytes);
      if (!r.ok) return r;
      return r.kind === 'linkedin' ? linkedInProposal(r.tables, lookups) : { ok: false, error: 'The LinkedIn export could not be read.' };
    }
    case 'text': {
      const text = decodeText(bytes);
      return text === null ? { ok: false, error: NOT_TEXT } : readCvText(text, lookups, 'text');
    }
  }
}
