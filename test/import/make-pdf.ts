// Writes small, valid PDF files for the PDF reader's tests: text pages in Helvetica at given positions, a page that is
// only a picture (a scan), a CJK page in a Type0 font with a ToUnicode map, and a file encrypted with the standard
// security handler (RC4, revision 2) under a user password. Each file has a correct cross-reference table.
import { createHash } from 'node:crypto';

/** One text-showing operation: `parts` are shown one after another from (x, y), as consecutive Tj in one BT. */
export interface Run {
  x: number;
  y: number;
  parts: string[];
  size?: number;
}

type Obj = string | Uint8Array;

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** WinAnsi for the few characters past ASCII the tests use; the rest as Latin-1. */
const WIN_ANSI: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '•': 0x95 };

function pdfString(s: string): string {
  let out = '(';
  for (const ch of s) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (code < 32 || code > 126) out += '\\' + code.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + ')';
}

function stream(dict: string, data: Uint8Array): Uint8Array {
  return concat([latin1(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream')]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Objects 1..n (object 1 the catalog) with a cross-reference table and trailer. */
function assemble(objects: Obj[], trailerExtra = ''): Uint8Array {
  const chunks: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let at = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(at);
    const body = typeof o === 'string' ? latin1(o) : o;
    const whole = concat([latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n')]);
    chunks.push(whole);
    at += whole.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)];
  chunks.push(latin1(`${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${at}\n%%EOF\n`));
  return concat(chunks);
}

function content(runs: Run[]): string {
  return runs
    .map((r) => `BT /F1 ${r.size ?? 11} Tf ${r.x} ${r.y} Td ${r.parts.map((p) => `${pdfString(p)} Tj`).join(' ')} ET`)
    .join('\n');
}

/**
 * A PDF with one page per entry, Letter size, Helvetica (not embedded: a standard font). `encrypt` passes each
 * content stream through before it is written (see makeEncryptedPdf).
 */
export function makePdf(pages: Run[][], encrypt?: (objectNumber: number, data: Uint8Array) => Uint8Array): { objects: Obj[]; bytes: Uint8Array } {
  const objects: Obj[] = [];
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((runs, i) => {
    const contentNumber = 5 + 2 * i;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNumber} 0 R >>`);
    const data = latin1(content(runs));
    objects.push(stream('', encrypt ? encrypt(contentNumber, data) : data));
  });
  return { objects, bytes: assemble(objects) };
}

export const textPdf = (pages: Run[][]): Uint8Array => makePdf(pages).bytes;

/** A page that is one greyscale picture and no text: what a scanner makes. */
export function scannedPdf(): Uint8Array {
  const pixels = new Uint8Array(16).map((_, i) => (i % 3 ? 0xff : 0x20));
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', latin1('q 512 0 0 692 50 50 cm /Im1 Do Q')),
    stream('/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8', pixels),
  ]);
}

/**
 * CJK text the way Word or a browser writes it: a Type0 font with Identity-H (2-byte glyph ids) and a ToUnicode map
 * from those ids to the characters. The CID font is not embedded, so only the ToUnicode map gives the text.
 */
export function cjkPdf(lines: { x: number; y: number; text: string }[]): Uint8Array {
  const chars = [...new Set(lines.flatMap((l) => [...l.text]))];
  const cid = (ch: string) => chars.indexOf(ch) + 1;
  const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((ch) => `<${hex4(cid(ch))}> <${[...ch].map((c) => hex4(c.charCodeAt(0))).join('')}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const text = lines.map((l) => `BT /F1 12 Tf ${l.x} ${l.y} Td <${[...l.text].map((c) => hex4(cid(c))).join('')}> Tj ET`).join('\n');
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', latin1(text)),
    '<< /Type /Font /Subtype /Type0 /BaseFont /MSGothic /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MSGothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /MSGothic /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
    stream('', latin1(toUnicode)),
  ]);
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(concat(parts)).digest());
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const padded = (password: string) => concat([latin1(password), PAD]).slice(0, 32);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/**
 * The same text pages, encrypted (PDF 1.7 §7.6.3, standard security handler, revision 2, 40-bit RC4) so that opening
 * them needs `userPassword`: pdf.js opens it with that password and refuses it without.
 */
export function encryptedPdf(pages: Run[][], userPassword: string, ownerPassword = 'owner'): Uint8Array {
  const id = md5(latin1('postfit test file id'));
  const o = rc4(md5(padded(ownerPassword)).slice(0, 5), padded(userPassword));
  const p = -44; // print, copy and the rest allowed: only the password matters here
  const pBytes = Uint8Array.from([p & 0xff, (p >> 8) & 0xff, (p >> 16) & 0xff, (p >> 24) & 0xff]);
  const key = md5(padded(userPassword), o, pBytes, id).slice(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number) => md5(key, Uint8Array.from([num & 0xff, (num >> 8) & 0xff, num >> 16, 0, 0])).slice(0, 10);
  const { objects } = makePdf(pages, (num, data) => rc4(objectKey(num), data));
  const encryptNumber = objects.length + 1;
  objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${p} >>`);
  return assemble(objects, `/Encrypt ${encryptNumber} 0 R /ID [<${hex(id)}> <${hex(id)}>] `);
}
