// pdf.js as the Firefox build ships it, in real Firefox ESR: the popup page (moz-extension://) loads the PDF chunk,
// starts pdf.js's worker from the extension's own files (an .mjs asset, which Firefox serves as a module script) and
// reads a CV's text in it. The Chromium test (../pdf-import.e2e.ts) also watches the network and the CSP. Likewise
// the unpacking worker that reads Word files and LinkedIn exports (components/popup/import/unpack.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { PDF_MESSAGES, type PdfTextResult } from '../../../lib/import/pdf';
import { encryptedPdf, textPdf, type Run } from '../../import/make-pdf';
import { docx, para, run } from '../../import/docx-files';
import type { Unpacked } from '../../../lib/import/unpack';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type Firefox } from './firefox';

const CV: Run[][] = [
  [
    { x: 72, y: 700, parts: ['EXPERIENCE'], size: 13 },
    { x: 300, y: 676, parts: ['Acme'] },
    { x: 72, y: 676, parts: ['2019 – 2023'] },
    { x: 72, y: 660, parts: ['Built Python services on Kubernetes'] },
  ],
];
const CHUNK = readdirSync(join(FIREFOX_EXTENSION_DIR, 'chunks')).find((f) => /^pdfjs-bundled-[\w-]+\.js$/.test(f));
const UNPACK_CHUNK = readdirSync(join(FIREFOX_EXTENSION_DIR, 'chunks')).find((f) =>
  /^unpack-[\w-]+\.js$/.test(f) && readFileSync(join(FIREFOX_EXTENSION_DIR, 'chunks', f), 'utf8').includes('unpack.worker'));

async function readInPage(page: Page, bytes: Uint8Array): Promise<PdfTextResult> {
  // A string, so that Vitest does not rewrite the page's import() into its own loader.
  await page.evaluate(`import('/chunks/${CHUNK}').then((m) => { globalThis.readPdfForTest = m.readWithBundledPdfJs; })`);
  return page.evaluate(async (data) => {
    const read = (globalThis as unknown as { readPdfForTest(b: Uint8Array): Promise<PdfTextResult> }).readPdfForTest;
    return read(new Uint8Array(data));
  }, [...bytes]);
}

describe('Firefox: reading a PDF in the built popup page', { timeout: 120_000 }, () => {
  let ff: Firefox;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    ff = await launchFirefox();
    page = await ff.openExtensionPage('popup.html');
    page.on('pageerror', (e) => errors.push(String(e)));
  }, 180_000);
  afterAll(async () => ff?.close());

  it('reads the text in pdf.js’s worker, from the extension’s own files', async () => {
    expect(CHUNK, 'the popup imports components/popup/import/pdfjs.ts').toBeDefined();
    expect(await readInPage(page, textPdf(CV))).toEqual({
      ok: true,
      pages: 1,
      text: 'EXPERIENCE\n2019 – 2023  Acme\nBuilt Python services on Kubernetes',
    });
    // The chunk hands pdf.js the port of a worker it starts itself, so pdf.js has no same-thread fallback: a text
    // read means the worker file loaded from the extension and parsed the file.
    expect(await readInPage(page, encryptedPdf(CV, 'secret'))).toEqual({ ok: false, error: PDF_MESSAGES.password });
    expect(errors).toEqual([]);
  });

  it('unpacks a Word file in the extension\'s own worker', async () => {
    expect(UNPACK_CHUNK, 'the popup imports components/popup/import/unpack.ts').toBeDefined();
    await page.evaluate(`import('/chunks/${UNPACK_CHUNK}').then((m) => { globalThis.unpackForTest = m.unpackInWorker; })`);
    const bytes = docx(para(run('Built Python services on Kubernetes')));
    const r = await page.evaluate(async (data) => {
      const unpack = (globalThis as unknown as { unpackForTest(k: string, b: Uint8Array): Promise<Unpacked> }).unpackForTest;
      return unpack('docx', new Uint8Array(data));
    }, [...bytes]);
    expect(r).toEqual({ ok: true, kind: 'docx', text: 'Built Python services on Kubernetes' });
    expect(errors).toEqual([]);
  });
});
