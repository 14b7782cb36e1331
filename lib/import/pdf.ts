// The text layer of a PDF CV, as lines the CV reader (lib/profile/cv.ts) understands: "2019 – 2023  Acme" on one line,
// "EXPERIENCE" alone on its line, a blank line between pages. pdf.js is passed in, so lib/ stays free of browser
// APIs: the popup passes the browser build with its bundled worker (components/popup/import/pdfjs.ts), Node tests the
// legacy build. Text extraction needs no font data: pdf.js knows the 14 standard fonts' metrics and reads embedded
// fonts' ToUnicode maps (CJK CVs from Word, LibreOffice, browsers and XeLaTeX carry them). Only CJK text in a
// non-embedded font with a predefined CMap and no ToUnicode would need the 1.7 MB of Adobe CMaps, which are not
// shipped: such a file reads with gaps, and the paste box remains.

/** The part of a pdf.js text item this reader uses. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x and y are the baseline start in page space. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  dir?: string;
}

export interface PdfPage {
  getTextContent(): Promise<{ items: readonly object[] }>;
  cleanup(): unknown;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  /** Ends the worker's work on the file and frees the document, whether it opened or not. */
  destroy(): Promise<void>;
}

/** The options this reader sets; all are pdf.js getDocument parameters. */
export interface PdfOpenOptions {
  data: Uint8Array;
  isEvalSupported: false;
  disableFontFace: true;
  useSystemFonts: false;
  useWorkerFetch: false;
  enableXfa: false;
  disableRange: true;
  disableStream: true;
  disableAutoFetch: true;
  isOffscreenCanvasSupported: false;
  isImageDecoderSupported: false;
  verbosity: number;
}

/** The minimal pdf.js surface: its getDocument. */
export interface PdfJs {
  getDocument(options: PdfOpenOptions): PdfLoadingTask;
}

export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; error: string };

export const MAX_PDF_PAGES = 50;
/** A long CV is some 30,000 characters; past this the file is not a CV (or its streams inflate without end). The
 * CV text reader (MAX_CV_CHARS in lib/import/limits.ts) takes no more either. */
export const MAX_PDF_CHARS = 200_000;
/** Fewer letters than this in the whole file: a scan with at most a page number or a stray label. */
const MIN_LETTERS = 20;

export const PDF_MESSAGES = {
  notPdf: 'This file is not a PDF Postfit can read (it is damaged or not a PDF at all). Export the CV as PDF again, or paste its text under Import from CV.',
  password: 'This PDF is password-protected; Postfit cannot read it. Save a copy without the password (print it to PDF), or paste the CV text under Import from CV.',
  scanned: 'This PDF has no text layer (it looks scanned): its pages are pictures of text. Export the CV from your editor as PDF with text, or paste the CV text under Import from CV.',
  tooManyPages: (pages: number) => `This PDF has ${pages} pages; Postfit reads CVs of up to ${MAX_PDF_PAGES} pages. Import the CV itself, or paste its text under Import from CV.`,
  tooMuchText: `This PDF holds more text than a CV (over ${MAX_PDF_CHARS.toLocaleString('en')} characters). Import the CV itself, or paste its text under Import from CV.`,
  failed: 'Postfit could not read this PDF. Export the CV as PDF again, or paste its text under Import from CV.',
} as const;

function isTextItem(item: object): item is PdfTextItem {
  const i = item as Partial<PdfTextItem>;
  return typeof i.str === 'string' && Array.isArray(i.transform) && i.transform.length >= 6 && typeof i.width === 'number';
}

interface Placed {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
  rtl: boolean;
}

/** The font size the item is drawn at: its matrix's vertical scale, or its height when the matrix is degenerate. */
function sizeOf(item: PdfTextItem): number {
  const [, b = 0, , d = 0] = item.transform;
  return Math.hypot(b, d) || Math.abs(item.height) || 1;
}

/** Joins one line's pieces, left to right, with a space where the page leaves a gap (two at a column-wide gap). */
function joinLine(pieces: Placed[]): string {
  const ordered = pieces.some((p) => p.rtl) ? pieces : [...pieces].sort((a, b) => a.x - b.x);
  let out = '';
  let prev: Placed | null = null;
  for (const p of ordered) {
    if (prev && out && !/\s$/.test(out) && !/^\s/.test(p.str)) {
      const gap = p.rtl ? prev.x - p.end : p.x - prev.end;
      const em = Math.max(prev.size, p.size);
      if (gap > 1.5 * em) out += '  ';
      else if (gap > 0.15 * em) out += ' ';
    }
    out += p.str;
    prev = p;
  }
  return out.replace(/\s+$/, '');
}

/** Glyphs a font maps to no character come out as NUL (a CJK word in a font without CJK glyphs); other controls too. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * One page's text items (in the order the PDF draws them) as lines: a line ends where pdf.js marks an end of line or
 * where the baseline moves by more than half the font size (a superscript stays on its line).
 */
export function pageLines(items: readonly object[]): string[] {
  const lines: string[] = [];
  let current: Placed[] = [];
  const flush = () => {
    const line = joinLine(current);
    if (line.trim()) lines.push(line);
    current = [];
  };
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const raw = { ...item, str: item.str.replace(CONTROL, '') };
    const size = sizeOf(raw);
    const x = raw.transform[4] ?? 0;
    const y = raw.transform[5] ?? 0;
    const last = current[current.length - 1];
    if (last && Math.abs(y - last.y) > 0.5 * Math.max(size, last.size)) flush();
    // Whitespace-only items are pdf.js's guesses at a space; the gap between the pieces around them decides instead.
    // The same words drawn again a hair to the side are a fake bold (or a shadow), not more text.
    const overprint = last && last.str === raw.str && Math.abs(x - last.x) < 0.2 * size && Math.abs(y - last.y) < 0.2 * size;
    if (raw.str.trim() && !overprint) current.push({ str: raw.str, x, y, end: x + raw.width, size, rtl: raw.dir === 'rtl' });
    if (raw.hasEOL) flush();
  }
  flush();
  return lines;
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

function messageFor(e: unknown): string {
  const name = errorName(e);
  if (name === 'PasswordException') return PDF_MESSAGES.password;
  if (name === 'InvalidPDFException' || name === 'FormatError') return PDF_MESSAGES.notPdf;
  return PDF_MESSAGES.failed;
}

const PDF_HEADER = /%PDF-/;

/**
 * The text of a PDF, page by page, or a message the popup can show as it is. Never throws; the document is freed
 * on every path. The caller's bytes are copied, since pdf.js hands its input to the worker.
 */
export async function readPdfText(
  bytes: Uint8Array,
  pdfjs: PdfJs,
  onProgress?: (page: number, pages: number) => void,
): Promise<PdfTextResult> {
  // pdf.js looks for the header in the first 1024 bytes too; checking here spares starting the worker on a non-PDF.
  if (!PDF_HEADER.test(String.fromCharCode(...bytes.subarray(0, 1024)))) return { ok: false, error: PDF_MESSAGES.notPdf };
  let task: PdfLoadingTask;
  try {
    task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      enableXfa: false,
      disableRange: true,
      disableStream: true,
      disableAutoFetch: true,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      verbosity: 0,
    });
  } catch (e) {
    return { ok: false, error: messageFor(e) };
  }
  try {
    const doc = await task.promise;
    const pages = doc.numPages;
    if (pages > MAX_PDF_PAGES) return { ok: false, error: PDF_MESSAGES.tooManyPages(pages) };
    const texts: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      try {
        texts.push(pageLines((await page.getTextContent()).items).join('\n'));
      } finally {
        page.cleanup();
      }
      chars += texts[texts.length - 1]!.length;
      if (chars > MAX_PDF_CHARS) return { ok: false, error: PDF_MESSAGES.tooMuchText };
      onProgress?.(n, pages);
    }
    const text = texts.filter((t) => t).join('\n\n');
    if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return { ok: false, error: PDF_MESSAGES.scanned };
    return { ok: true, text, pages };
  } catch (e) {
    return { ok: false, error: messageFor(e) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
