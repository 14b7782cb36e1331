import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { MAX_FILE_BYTES } from '../../lib/import/limits';
import { SNIFF_MESSAGES, sniffFile } from '../../lib/import/sniff';
import { decodeText } from '../../lib/import/text';
import { ZIP_MESSAGES } from '../../lib/import/zip';
import { docx, para, run } from './docx-files';
import { fullExport } from './linkedin-files';

// A one-page PDF with a text layer, written out as a PDF writer would (the cross-reference offsets are not checked here).
const PDF = strToU8(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R>> endobj\n4 0 obj <</Length 44>> stream\nBT /F1 12 Tf 72 720 Td (Python, 2019-2023) Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
const CV_TEXT = strToU8('Jane Doe\nAcme 2019–2023\n- Python, Kubernetes\n');
const JSON_RESUME = strToU8('{"skills": [{"name": "Python"}]}');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(100).fill(0)]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...strToU8('IHDR')]);
const DOC = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const ok = (kind: string) => ({ ok: true, kind });
const err = (error: string) => ({ ok: false, error });

describe('sniffFile', () => {
  it.each([
    ['cv.pdf', PDF, 'pdf'],
    ['CV.PDF', PDF, 'pdf'],
    ['cv.docx', docx(para(run('Jane'))), 'docx'],
    ['Basic_LinkedInDataExport.zip', fullExport(), 'linkedin'],
    ['resume.json', JSON_RESUME, 'json-resume'],
    ['cv.txt', CV_TEXT, 'text'],
    ['cv.md', CV_TEXT, 'text'],
    ['resume.txt', JSON_RESUME, 'json-resume'],
  ])('%s → its kind', (name, bytes, kind) => {
    expect(sniffFile(name, bytes)).toEqual(ok(kind));
  });

  it('decides by the bytes when the name says nothing', () => {
    expect(sniffFile('download', PDF)).toEqual(ok('pdf'));
    expect(sniffFile('download', docx(para(run('x'))))).toEqual(ok('docx'));
    expect(sniffFile('download', fullExport())).toEqual(ok('linkedin'));
    expect(sniffFile('data', JSON_RESUME)).toEqual(ok('json-resume'));
    expect(sniffFile('cv', CV_TEXT)).toEqual(ok('text'));
    // A PDF header after some junk (readers look in the first kilobyte).
    expect(sniffFile('x', new Uint8Array([...strToU8('\r\n  '), ...PDF]))).toEqual(ok('pdf'));
  });

  it('says how large a file is and what the limit is', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(sniffFile('cv.pdf', big)).toEqual(err(SNIFF_MESSAGES.tooLarge(big.length)));
    expect(SNIFF_MESSAGES.tooLarge(big.length)).toContain('up to 10 MB');
    expect(sniffFile('cv.txt', new Uint8Array(MAX_FILE_BYTES).fill(0x61))).toEqual(ok('text'));
  });

  it('says an empty file is empty', () => {
    expect(sniffFile('cv.pdf', new Uint8Array(0))).toEqual(err(SNIFF_MESSAGES.empty));
    expect(sniffFile('cv.txt', strToU8(' \n\t\n'))).toEqual(err(SNIFF_MESSAGES.empty));
  });

  it('refuses a file whose name claims another kind than its bytes', () => {
    expect(sniffFile('resume.pdf', fullExport())).toEqual(err(SNIFF_MESSAGES.mismatch('resume.pdf', 'a PDF', 'a ZIP archive')));
    expect(sniffFile('resume.pdf', docx(para(run('x'))))).toEqual(err(SNIFF_MESSAGES.mismatch('resume.pdf', 'a PDF', 'a Word document')));
    expect(sniffFile('cv.docx', PDF)).toEqual(err(SNIFF_MESSAGES.mismatch('cv.docx', 'a Word document', 'a PDF')));
    expect(sniffFile('C:\\Users\\me\\cv.docx', fullExport())).toEqual(err(SNIFF_MESSAGES.mismatch('cv.docx', 'a Word document', 'a ZIP archive')));
    expect(sniffFile('export.zip', CV_TEXT)).toEqual(err(SNIFF_MESSAGES.mismatch('export.zip', 'a ZIP archive', 'plain text')));
    expect(sniffFile('cv.pdf', CV_TEXT)).toEqual(err(SNIFF_MESSAGES.mismatch('cv.pdf', 'a PDF', 'plain text')));
    expect(sniffFile('cv.txt', PDF)).toEqual(err(SNIFF_MESSAGES.mismatch('cv.txt', 'a text file', 'a PDF')));
    const long = `${'x'.repeat(100)}.pdf`;
    expect(sniffFile(long, CV_TEXT)).toEqual(err(SNIFF_MESSAGES.mismatch(`${'x'.repeat(40)}…${'x'.repeat(11)}.pdf`, 'a PDF', 'plain text')));
  });

  it('names programs, images and old Word files whatever they are called', () => {
    expect(sniffFile('resume.pdf', EXE)).toEqual(err(SNIFF_MESSAGES.program));
    expect(sniffFile('setup.exe', EXE)).toEqual(err(SNIFF_MESSAGES.program));
    expect(sniffFile('cv.docx', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toEqual(err(SNIFF_MESSAGES.program));
    expect(sniffFile('scan.png', PNG)).toEqual(err(SNIFF_MESSAGES.image));
    expect(sniffFile('cv.pdf', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toEqual(err(SNIFF_MESSAGES.image));
    expect(sniffFile('cv.doc', DOC)).toEqual(err(SNIFF_MESSAGES.legacyDoc));
    expect(SNIFF_MESSAGES.legacyDoc).toContain('save it as .docx or PDF');
    expect(SNIFF_MESSAGES.image).toContain('an image has no text');
  });

  it('names other documents and archives it does not read', () => {
    expect(sniffFile('cv.rtf', strToU8('{\\rtf1\\ansi Jane}'))).toEqual(err(SNIFF_MESSAGES.rtf));
    expect(sniffFile('cv.odt', zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }))).toEqual(err(SNIFF_MESSAGES.odt));
    expect(sniffFile('cv.xlsx', zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toEqual(err(SNIFF_MESSAGES.office));
    expect(sniffFile('export.tar.gz', new Uint8Array([0x1f, 0x8b, 8, 0]))).toEqual(err(SNIFF_MESSAGES.archive));
    expect(sniffFile('cv.html', strToU8('<!DOCTYPE html><html><body>Jane</body></html>'))).toEqual(err(SNIFF_MESSAGES.webPage));
    expect(sniffFile('blob.bin', new Uint8Array([1, 2, 3, 0, 5, 6]))).toEqual(err(SNIFF_MESSAGES.unknown));
  });

  it('passes on the unzip message for a damaged ZIP', () => {
    const cut = fullExport().slice(0, 200);
    expect(sniffFile('export.zip', cut)).toEqual(err(ZIP_MESSAGES.notZip));
  });
});

describe('decodeText', () => {
  it('reads UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252', () => {
    expect(decodeText(strToU8('\uFEFFJosé'))).toBe('José');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x4a, 0, 0xe9, 0]))).toBe('Jé');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0, 0x4a, 0, 0xe9]))).toBe('Jé');
    expect(decodeText(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]))).toBe('José');
  });

  it('is null for binary bytes', () => {
    expect(decodeText(new Uint8Array([0x41, 0, 0x42]))).toBeNull();
  });
});
