// pdf.js as the built extension ships it, in real Chromium: the popup page loads the PDF chunk (the module readPdfFile
// imports, components/popup/import/pdfjs-bundled.ts), which starts pdf.js's worker from the extension's own files under
// the MV3 policy, reads the text in that worker (not on the popup's thread), and asks for nothing outside the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PDF_MESSAGES, type PdfTextResult } from '../../lib/import/pdf';
import { EXTENSION_DIR, launchWithExtension, type Launched } from './browser';
import { encryptedPdf, scannedPdf, textPdf, type Run } from '../import/make-pdf';

const CV: Run[][] = [
  [
    { x: 72, y: 700, parts: ['EXPERIENCE'], size: 13 },
    { x: 300, y: 676, parts: ['Acme'] },
    { x: 72, y: 676, parts: ['2019 – 2023'] },
    { x: 72, y: 660, parts: ['Built Python services on Kubernetes'] },
  ],
  [{ x: 72, y: 700, parts: ['EDUCATION'], size: 13 }, { x: 72, y: 676, parts: ['2012 – 2016'] }, { x: 300, y: 676, parts: ['State University'] }],
];

const CHUNK = readdirSync(join(EXTENSION_DIR, 'chunks')).find((f) => /^pdfjs-bundled-[\w-]+\.js$/.test(f));

/** Runs the shipped chunk's reader in the page on these bytes; the progress calls come back with the result. */
async function readInPage(page: Page, bytes: Uint8Array): Promise<{ result: PdfTextResult; progress: number[][] }> {
  // A string, so that Vitest does not rewrite the page's import() into its own loader.
  await page.evaluate(`import('/chunks/${CHUNK}').then((m) => { globalThis.readPdfForTest = m.readWithBundledPdfJs; })`);
  return page.evaluate(async (data) => {
    const read = (globalThis as unknown as { readPdfForTest(b: Uint8Array, p: (page: number, pages: number) => void): Promise<PdfTextResult> }).readPdfForTest;
    const progress: number[][] = [];
    const result = await read(new Uint8Array(data), (n, of) => progress.push([n, of]));
    return { result, progress };
  }, [...bytes]);
}

describe('reading a PDF in the built popup page', () => {
  let browser: Launched;
  let page: Page;
  const workers: string[] = [];
  const requests: string[] = [];
  const errors: string[] = [];
  const csp: string[] = [];

  beforeAll(async () => {
    browser = await launchWithExtension();
    browser.context.on('request', (r) => requests.push(r.url()));
    page = await browser.context.newPage();
    page.on('worker', (w) => workers.push(w.url()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await browser.context.newCDPSession(page);
    cdp.on('Audits.issueAdded', (e) => e.issue.code === 'ContentSecurityPolicyIssue' && csp.push(JSON.stringify(e.issue.details)));
    await cdp.send('Audits.enable');
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });
  afterAll(async () => browser?.close());

  it('reads the text in pdf.js’s worker from the extension’s own files, with no network and no eval', async () => {
    expect(CHUNK, 'the popup imports components/popup/import/pdfjs.ts').toBeDefined();
    const { result, progress } = await readInPage(page, textPdf(CV));
    expect(result).toEqual({
      ok: true,
      pages: 2,
      text: 'EXPERIENCE\n2019 – 2023  Acme\nBuilt Python services on Kubernetes\n\nEDUCATION\n2012 – 2016  State University',
    });
    expect(progress).toEqual([[1, 2], [2, 2]]);
    const origin = `chrome-extension://${browser.extensionId}/`;
    expect(workers).toEqual([expect.stringMatching(new RegExp(`^${origin}assets/pdf\\.worker\\.min-[\\w-]+\\.mjs$`))]);
    // The chunk gives pdf.js the port of this worker, so pdf.js has no same-thread fallback: the text came from it.
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('reads a CV that Chromium printed to PDF (embedded font subsets with ToUnicode maps), in reading order', async () => {
    const printer = await browser.context.newPage();
    await printer.setContent(`<body style="font-family: sans-serif; margin: 40px">
      <h1>Jane Doe</h1><h2>EXPERIENCE</h2>
      <div style="display: flex; gap: 40px"><span>2019 – 2023</span><b>Acme GmbH, Senior Engineer</b></div>
      <ul><li>Built Python services on Kubernetes and PostgreSQL</li></ul>
      <div style="display: flex; justify-content: space-between"><b>Globex, Developer</b><span>Jan 2016 – Dec 2018</span></div>
      <h2>SKILLS</h2><p>Python, Go, Kubernetes, Terraform</p></body>`);
    const pdf = await printer.pdf({ format: 'A4' });
    await printer.close();
    expect(await readInPage(page, new Uint8Array(pdf))).toMatchObject({
      result: {
        ok: true,
        pages: 1,
        text: [
          'Jane Doe',
          'EXPERIENCE',
          '2019 – 2023  Acme GmbH, Senior Engineer',
          'Built Python services on Kubernetes and PostgreSQL',
          'Globex, Developer  Jan 2016 – Dec 2018',
          'SKILLS',
          'Python, Go, Kubernetes, Terraform',
        ].join('\n'),
      },
    });
  });

  it('says so for a scan, a password-protected file and a file that is not a PDF', async () => {
    expect(await readInPage(page, scannedPdf())).toMatchObject({ result: { ok: false, error: PDF_MESSAGES.scanned } });
    expect(await readInPage(page, encryptedPdf(CV, 'secret'))).toMatchObject({ result: { ok: false, error: PDF_MESSAGES.password } });
    expect(await readInPage(page, new TextEncoder().encode('not a pdf'))).toMatchObject({ result: { ok: false, error: PDF_MESSAGES.notPdf } });
    // One worker serves every read while the page is open.
    expect(workers.length).toBe(1);
    expect(errors).toEqual([]);
  });
});
