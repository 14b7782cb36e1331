// What kind of file the user chose, decided by its bytes (the name is only a claim): a PDF, a Word .docx, a LinkedIn
// data export ZIP, a JSON Resume or plain text. Everything else gets one sentence saying what it is and what to do.
// Nothing is inflated here beyond the ZIP's directory.
import { MAX_FILE_BYTES, megabytes } from './limits';
import type { ImportKind } from './proposal';
import { decodeText } from './text';
import { unzip } from './zip';

export type SniffResult = { ok: true; kind: ImportKind } | { ok: false; error: string };

const READS = 'a PDF, a Word (.docx) file, a JSON Resume, a LinkedIn data export ZIP or a text file';

export const SNIFF_MESSAGES = {
  tooLarge: (size: number) => `This file is ${megabytes(size)}; Postfit reads files up to ${megabytes(MAX_FILE_BYTES)}, so choose a smaller file (a CV is usually well under 1 MB).`,
  empty: 'This file is empty; choose the file again, or save or export it again from the program that made it.',
  legacyDoc: 'This is an old Word (.doc) file or a password-protected Office file; open it in Word, save it as .docx or PDF, and choose that file.',
  image: 'This file is an image, and an image has no text; save your CV as a PDF with text or as .docx, or paste its text.',
  program: `This file is a program, not a CV; choose ${READS}.`,
  archive: 'This is a compressed archive Postfit cannot open; unpack it first, or choose the ZIP file LinkedIn sent, as it came.',
  rtf: 'This is an RTF document, which Postfit cannot read; open it in Word, save it as .docx or PDF, and choose that file.',
  odt: 'This is an OpenDocument or Pages file, which Postfit cannot read; save it as .docx or PDF and choose that file.',
  office: 'This is a spreadsheet or presentation, not a CV document; save your CV as .docx or PDF and choose that file.',
  webPage: 'This is a web page; open it in your browser, copy the CV text and paste it instead.',
  unknown: `Postfit cannot read this kind of file; choose ${READS}.`,
  mismatch: (name: string, claimed: string, actual: string) =>
    `"${name}" is named like ${claimed} but holds ${actual}; choose the right file, or save it again as ${claimed}.`,
};

type Claim = 'pdf' | 'docx' | 'zip' | 'json' | 'text';
const CLAIM_OF: Record<string, Claim> = { pdf: 'pdf', docx: 'docx', docm: 'docx', zip: 'zip', json: 'json', txt: 'text', text: 'text', md: 'text', markdown: 'text' };
const CLAIM_LABEL: Record<Claim, string> = { pdf: 'a PDF', docx: 'a Word document', zip: 'a ZIP archive', json: 'a JSON file', text: 'a text file' };
const CLAIM_FITS: Record<Claim, ImportKind[]> = { pdf: ['pdf'], docx: ['docx'], zip: ['docx', 'linkedin'], json: ['json-resume'], text: ['text', 'json-resume'] };
const KIND_HOLDS: Record<ImportKind, string> = { pdf: 'a PDF', docx: 'a Word document', linkedin: 'a ZIP archive', 'json-resume': 'JSON', text: 'plain text' };

const starts = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Formats Postfit does not read, by their first bytes. */
const REFUSED: [readonly number[], number, keyof typeof SNIFF_MESSAGES][] = [
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0, 'legacyDoc'],
  [[0x89, ...ascii('PNG')], 0, 'image'],
  [[0xff, 0xd8, 0xff], 0, 'image'],
  [ascii('GIF8'), 0, 'image'],
  [ascii('WEBP'), 8, 'image'],
  [ascii('II*\0'), 0, 'image'],
  [ascii('MM\0*'), 0, 'image'],
  [ascii('ftypheic'), 4, 'image'],
  [ascii('ftypavif'), 4, 'image'],
  [ascii('\x7fELF'), 0, 'program'],
  [[0xcf, 0xfa, 0xed, 0xfe], 0, 'program'],
  [[0xce, 0xfa, 0xed, 0xfe], 0, 'program'],
  [[0xca, 0xfe, 0xba, 0xbe], 0, 'program'],
  [[0x1f, 0x8b], 0, 'archive'],
  [ascii('Rar!'), 0, 'archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 0, 'archive'],
  [ascii('{\\rtf'), 0, 'rtf'],
];

/** "MZ" alone could start a text; a Windows program's DOS header has NULs right after it. */
const isWindowsProgram = (b: Uint8Array) => b[0] === 0x4d && b[1] === 0x5a && b.subarray(2, 64).includes(0);

function hasPdfHeader(b: Uint8Array): boolean {
  // Readers accept the header anywhere in the first kilobyte (some generators put junk before it).
  const head = b.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0 && i + 5 <= head.length; i = head.indexOf(0x25, i + 1)) if (starts(head, ascii('%PDF-'), i)) return true;
  return false;
}

function zipKind(bytes: Uint8Array): SniffResult {
  const listing = unzip(bytes, () => false);
  if (!listing.ok) return listing;
  const has = (n: string) => listing.names.includes(n);
  if (has('word/document.xml')) return { ok: true, kind: 'docx' };
  if (has('mimetype') && has('content.xml')) return { ok: false, error: SNIFF_MESSAGES.odt };
  if (has('xl/workbook.xml') || has('ppt/presentation.xml')) return { ok: false, error: SNIFF_MESSAGES.office };
  // Any other ZIP may be a LinkedIn export; its reader says when it is not.
  return { ok: true, kind: 'linkedin' };
}

function bytesKind(bytes: Uint8Array, claim: Claim | undefined): SniffResult {
  if (hasPdfHeader(bytes)) return { ok: true, kind: 'pdf' };
  if (starts(bytes, ascii('PK\x03\x04')) || starts(bytes, ascii('PK\x05\x06'))) return zipKind(bytes);
  for (const [sig, at, message] of REFUSED) if (starts(bytes, sig, at)) return { ok: false, error: SNIFF_MESSAGES[message] as string };
  if (isWindowsProgram(bytes)) return { ok: false, error: SNIFF_MESSAGES.program };
  const text = decodeText(bytes);
  if (text === null) return { ok: false, error: SNIFF_MESSAGES.unknown };
  const t = text.trim();
  if (!t) return { ok: false, error: SNIFF_MESSAGES.empty };
  if (/^(?:<!doctype html|<html)/i.test(t)) return { ok: false, error: SNIFF_MESSAGES.webPage };
  return { ok: true, kind: claim === 'json' || t.startsWith('{') ? 'json-resume' : 'text' };
}

/** The reader a file needs, or why it cannot be read. Decided by the bytes; a name that claims otherwise is refused. */
export function sniffFile(name: string, bytes: Uint8Array): SniffResult {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: SNIFF_MESSAGES.tooLarge(bytes.length) };
  if (bytes.length === 0) return { ok: false, error: SNIFF_MESSAGES.empty };
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  const claim = ext ? CLAIM_OF[ext] : undefined;
  const found = bytesKind(bytes, claim);
  if (!claim) return found;
  const base = name.trim().split(/[\\/]/).pop()!;
  const shortName = base.length > 60 ? `${base.slice(0, 40)}…${base.slice(-15)}` : base;
  if (found.ok && !CLAIM_FITS[claim].includes(found.kind)) return { ok: false, error: SNIFF_MESSAGES.mismatch(shortName, CLAIM_LABEL[claim], KIND_HOLDS[found.kind]) };
  return found;
}
