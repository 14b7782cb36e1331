import { describe, expect, it, vi } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_PDF_CHARS, MAX_PDF_PAGES, PDF_MESSAGES, pageLines, readPdfText, type PdfJs, type PdfTextItem } from '../../lib/import/pdf';
import { readCv, type Matcher } from '../../lib/profile/cv';
import { cjkPdf, encryptedPdf, scannedPdf, textPdf, type Run } from './make-pdf';

// The legacy build is the one pdf.js ships for Node; in Node it runs its worker in the same thread.
const lib: PdfJs = pdfjs;

const PAGE_1: Run[] = [
  { x: 72, y: 740, parts: ['Jane Doe'], size: 18 },
  { x: 72, y: 700, parts: ['EXPERIENCE'], size: 13 },
  // Two columns on one baseline, drawn right column first: the line still reads left to right.
  { x: 300, y: 676, parts: ['Acme'] },
  { x: 72, y: 676, parts: ['2019 – 2023'] },
  // One word drawn in two pieces with no gap between them.
  { x: 72, y: 660, parts: ['Built Python services on Kuber', 'netes'] },
  // Two pieces with a word gap between them (the second starts well after the first ends).
  { x: 72, y: 644, parts: ['Led'] },
  { x: 96, y: 644, parts: ['a team of four'] },
  { x: 72, y: 620, parts: ['Jan 2016 - Dec 2018'] },
  { x: 300, y: 620, parts: ['Globex'] },
  { x: 72, y: 604, parts: ['Wrote Java (and SQL) reports'] },
];
const PAGE_2: Run[] = [
  { x: 72, y: 740, parts: ['EDUCATION'], size: 13 },
  { x: 72, y: 716, parts: ['2012 – 2016'] },
  { x: 300, y: 716, parts: ['State University, BSc Computer Science'] },
];

describe('readPdfText on a PDF with a text layer', () => {
  it('rebuilds the lines in reading order, a blank line between pages', async () => {
    const progress = vi.fn();
    const r = await readPdfText(textPdf([PAGE_1, PAGE_2]), lib, progress);
    expect(r).toEqual({
      ok: true,
      pages: 2,
      text: [
        'Jane Doe',
        'EXPERIENCE',
        '2019 – 2023  Acme',
        'Built Python services on Kubernetes',
        'Led a team of four',
        'Jan 2016 - Dec 2018  Globex',
        'Wrote Java (and SQL) reports',
        '',
        'EDUCATION',
        '2012 – 2016  State University, BSc Computer Science',
      ].join('\n'),
    });
    expect(progress.mock.calls).toEqual([[1, 2], [2, 2]]);
  });

  it('gives the CV reader its dated jobs and section headings', async () => {
    const r = await readPdfText(textPdf([PAGE_1, PAGE_2]), lib);
    if (!r.ok) throw new Error(r.error);
    const words: Record<string, string> = { python: 'Python', kubernetes: 'Kubernetes', java: 'Java', sql: 'SQL', computer: 'Computer' };
    const match: Matcher = (text) =>
      [...text.matchAll(/[A-Za-z]+/g)].flatMap((m) => {
        const name = words[m[0].toLowerCase()];
        return name ? [{ id: name.toLowerCase(), name, start: m.index, end: m.index + m[0].length, surface: m[0] }] : [];
      });
    const years = Object.fromEntries(readCv(r.text, match, new Date(2025, 5, 15)).map((s) => [s.id, s.years]));
    // 2019–2023 at Acme, 2016–2018 at Globex; the 2012–2016 range is under EDUCATION and counts for nothing.
    expect(years).toEqual({ python: 4, kubernetes: 4, java: 3, sql: 3, computer: null });
  });

  it('does not detach or change the caller’s bytes', async () => {
    const bytes = textPdf([PAGE_1]);
    const copy = bytes.slice();
    await readPdfText(bytes, lib);
    expect(bytes).toEqual(copy);
  });

  it('reads CJK text through the font’s ToUnicode map, with no CMap files', async () => {
    const r = await readPdfText(
      cjkPdf([
        { x: 72, y: 740, text: '職務経歴書 山田太郎' },
        { x: 72, y: 700, text: '2019年 – 2023年 株式会社アクメ Pythonエンジニア' },
      ]),
      lib,
    );
    expect(r).toEqual({ ok: true, pages: 1, text: '職務経歴書 山田太郎\n2019年 – 2023年 株式会社アクメ Pythonエンジニア' });
  });
});

describe('readPdfText on files it cannot read', () => {
  it('says a password-protected PDF is one, and the file is a real encrypted PDF', async () => {
    const bytes = encryptedPdf([PAGE_1], 'secret');
    expect(await readPdfText(bytes, lib)).toEqual({ ok: false, error: PDF_MESSAGES.password });
    // With its password pdf.js reads it: the refusal above is the password, not a broken file.
    const task = pdfjs.getDocument({ data: bytes.slice(), password: 'secret', isEvalSupported: false });
    const doc = await task.promise;
    const items = (await (await doc.getPage(1)).getTextContent()).items;
    expect(pageLines(items)).toContain('2019 – 2023  Acme');
    await task.destroy();
  });

  it('says a scan has no text layer and tells the user what to do', async () => {
    const r = await readPdfText(scannedPdf(), lib);
    expect(r).toEqual({ ok: false, error: PDF_MESSAGES.scanned });
    if (!r.ok) expect(r.error).toMatch(/no text layer.*export.*paste/is);
  });

  it.each([
    ['an empty file', new Uint8Array(0)],
    ['a text file', new TextEncoder().encode('Jane Doe, Python developer\n')],
    ['a ZIP (a Word file)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(0)])],
  ])('says %s is not a PDF', async (_, bytes) => {
    expect(await readPdfText(bytes, lib)).toEqual({ ok: false, error: PDF_MESSAGES.notPdf });
  });

  it('says a PDF header followed by garbage is not a PDF it can read', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await readPdfText(bytes, lib)).toEqual({ ok: false, error: PDF_MESSAGES.notPdf });
  });

  it.each([
    ['after its first 40 bytes', () => 40],
    ['in its middle', (n: number) => n >> 1],
    ['before its trailer', (n: number) => n - 100],
  ])('says a PDF cut short %s is damaged', async (_, keep) => {
    const whole = textPdf([PAGE_1, PAGE_2]);
    const cut = whole.slice(0, keep(whole.length));
    expect(await readPdfText(cut, lib)).toEqual({ ok: false, error: PDF_MESSAGES.notPdf });
  });

  it(`refuses more than ${MAX_PDF_PAGES} pages, naming the count`, async () => {
    const page: Run[] = [{ x: 72, y: 700, parts: ['A page of a very long document'] }];
    const r = await readPdfText(textPdf(Array.from({ length: MAX_PDF_PAGES + 1 }, () => page)), lib);
    expect(r).toEqual({ ok: false, error: PDF_MESSAGES.tooManyPages(MAX_PDF_PAGES + 1) });
    expect(PDF_MESSAGES.tooManyPages(51)).toContain('51 pages');
  });

  it(`stops past ${MAX_PDF_CHARS} characters of text, before reading the rest`, async () => {
    const line = 'Python Kubernetes Terraform '.repeat(4); // 112 characters
    const page: Run[] = Array.from({ length: 700 }, (_, i) => ({ x: 20, y: 780 - (i % 70) * 11, parts: [line], size: 6 }));
    const progress = vi.fn();
    const r = await readPdfText(textPdf([page, page, page, page, page, page]), lib, progress);
    expect(r).toEqual({ ok: false, error: PDF_MESSAGES.tooMuchText });
    expect(progress.mock.calls).toEqual([[1, 6], [2, 6]]); // 78,000 characters a page: the third passes the bound
  });

  it('frees the document on every path, even when a page fails', async () => {
    const destroy = vi.fn(async () => undefined);
    const failing: PdfJs = {
      getDocument: () => ({
        promise: Promise.resolve({ numPages: 2, getPage: async () => { throw new Error('bad page'); } }),
        destroy,
      }),
    };
    expect(await readPdfText(textPdf([PAGE_1]), failing)).toEqual({ ok: false, error: PDF_MESSAGES.failed });
    expect(destroy).toHaveBeenCalledTimes(1);
    const password: PdfJs = {
      getDocument: () => ({ promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })), destroy }),
    };
    expect(await readPdfText(textPdf([PAGE_1]), password)).toEqual({ ok: false, error: PDF_MESSAGES.password });
    expect(destroy).toHaveBeenCalledTimes(2);
  });

  it('never throws, even when pdf.js does at once or the progress callback does', async () => {
    const throwing: PdfJs = { getDocument: () => { throw new Error('no worker'); } };
    expect(await readPdfText(textPdf([PAGE_1]), throwing)).toEqual({ ok: false, error: PDF_MESSAGES.failed });
    const r = await readPdfText(textPdf([PAGE_1]), lib, () => { throw new Error('ui gone'); });
    expect(r).toEqual({ ok: false, error: PDF_MESSAGES.failed });
  });
});

describe('pageLines', () => {
  const item = (str: string, x: number, y: number, width: number, extra: Partial<PdfTextItem> = {}): PdfTextItem => ({
    str, transform: [10, 0, 0, 10, x, y], width, height: 10, hasEOL: false, ...extra,
  });

  it('ends a line at hasEOL even on the same baseline, and skips marked-content entries', () => {
    expect(pageLines([item('Skills', 0, 100, 30, { hasEOL: true }), { type: 'beginMarkedContent' }, item('Go', 0, 100, 10)])).toEqual(['Skills', 'Go']);
  });

  it('keeps a superscript on its line and starts a new line a line-height below', () => {
    expect(pageLines([item('Python', 0, 100, 30), item('1', 30, 104, 3), item('Go', 0, 86, 10)])).toEqual(['Python1', 'Go']);
  });

  it('adds no space where a piece already ends or starts with one, and drops blank lines', () => {
    expect(pageLines([item('Go, ', 0, 100, 20), item('Rust', 40, 100, 20), item('   ', 0, 80, 10, { hasEOL: true })])).toEqual(['Go, Rust']);
  });

  it('reads words drawn twice a hair apart (a fake bold) once, and a word repeated along the line twice', () => {
    expect(pageLines([item('Skills', 0, 100, 30), item('Skills', 0.5, 100.3, 30), item('Go', 0, 80, 10), item('Go', 20, 80, 10)])).toEqual(['Skills', 'Go Go']);
  });

  it('drops the NULs of glyphs that map to no character', () => {
    expect(pageLines([item('German (C1), \u0000\u0000\u0000 (basic)\u0007', 0, 100, 200)])).toEqual(['German (C1),  (basic)']);
  });

  it('keeps right-to-left pieces in the order pdf.js gives them', () => {
    expect(pageLines([item('שלום', 50, 100, 20, { dir: 'rtl' }), item('עולם', 27, 100, 20, { dir: 'rtl' })])).toEqual(['שלום עולם']);
  });
});
