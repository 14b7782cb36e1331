// The store packages `npm run zip` makes (issue #7): both zips hold the built extension, the Firefox sources zip
// holds what builds it and nothing else, and the Firefox build passes addons-linter (web-ext lint) without an error.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const zipPath = (kind: string) => join(OUT, `postfit-${VERSION}-${kind}.zip`);

interface Entry { name: string; method: number; size: number; offset: number }

/** The entries of a zip, from its central directory (the zips are small and never zip64). */
function entries(zip: Buffer): Entry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip');
  const out: Entry[] = [];
  let p = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(p + 28);
    out.push({
      name: zip.toString('utf8', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      size: zip.readUInt32LE(p + 20),
      offset: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

function readEntry(zip: Buffer, e: Entry): string {
  const start = e.offset + 30 + zip.readUInt16LE(e.offset + 26) + zip.readUInt16LE(e.offset + 28);
  const data = zip.subarray(start, start + e.size);
  return (e.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

const fileNames = (zip: Buffer) => entries(zip).map((e) => e.name).filter((n) => !n.endsWith('/')).sort();
const builtFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.replaceAll('\\', '/'))
    .sort();

function manifestIn(zip: Buffer): Record<string, unknown> {
  const e = entries(zip).find((x) => x.name === 'manifest.json');
  if (!e) throw new Error('no manifest.json at the root of the zip');
  return JSON.parse(readEntry(zip, e)) as Record<string, unknown>;
}

describe('the store packages', () => {
  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: the zip is the built extension, manifest.json at its root`, () => {
      expect(existsSync(zipPath(browser)), zipPath(browser)).toBe(true);
      const zip = readFileSync(zipPath(browser));
      expect(fileNames(zip)).toEqual(builtFiles(join(OUT, `${browser}-mv3`)));
      expect(manifestIn(zip)).toEqual(JSON.parse(readFileSync(join(OUT, `${browser}-mv3`, 'manifest.json'), 'utf8')));
    });
  }

  it('firefox: the packaged manifest has the add-on id and declares that no data is collected', () => {
    const gecko = (manifestIn(readFileSync(zipPath('firefox'))).browser_specific_settings as { gecko: object }).gecko;
    expect(gecko).toMatchObject({ id: 'postfit@postfit.dev', data_collection_permissions: { required: ['none'] } });
  });

  it('firefox: the sources zip holds what builds the extension, and no tests, fixtures, modules or shared data', () => {
    const names = fileNames(readFileSync(zipPath('sources')));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md',
      'entrypoints/background.ts', 'entrypoints/content.ts', 'public/taxonomy/core.json.gz', 'public/taxonomy/extra-1.json.gz']) {
      expect(names, needed).toContain(needed);
    }
    const unwanted = /^(test|\.output|\.wxt|\.git|\.ci)\/|node_modules\/|fixtures\/|(^|\/)\.\.\/|^shared\/|\.(test|e2e)\.tsx?$/;
    expect(names.filter((n) => unwanted.test(n))).toEqual([]);
    // Every source file of the app is in it: a reviewer can rebuild the same bundles.
    const sources = (dir: string) => builtFiles(join(ROOT, dir)).map((f) => `${dir}/${f}`);
    for (const f of [...sources('entrypoints'), ...sources('components'), ...sources('lib')]) expect(names, f).toContain(f);
  });
});

interface LintMessage { code: string; file?: string; message: string }
interface LintReport { summary: { errors: number; warnings: number; notices: number }; errors: LintMessage[]; warnings: LintMessage[] }

/** addons-linter's warnings that come from bundled libraries: zod's Function constructor, Preact's innerHTML. */
const LIBRARY_WARNINGS = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

describe('web-ext lint of the Firefox build', () => {
  it('finds no error, and warnings only in bundled libraries, never in the content scripts', { timeout: 240_000 }, async () => {
    const bin = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
    const args = [bin, 'lint', '--source-dir', join(OUT, 'firefox-mv3'), '--output', 'json', '--no-config-discovery'];
    // NO_UPDATE_NOTIFIER: the web-ext CLI would otherwise ask the npm registry for a newer version.
    const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
    const run = await promisify(execFile)(process.execPath, args, { env, maxBuffer: 16 << 20 }).catch(
      (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }), // it exits 1 on errors: the report still says which
    );
    const report = JSON.parse(run.stdout) as LintReport;
    expect(report.errors).toEqual([]);
    for (const w of report.warnings) {
      expect(LIBRARY_WARNINGS.has(w.code), `${w.code} in ${w.file}: ${w.message}`).toBe(true);
      expect(w.file ?? '', w.code).not.toMatch(/^content-scripts\/|^ondemand\.js$|^detector\.js$|^manifest\.json$/);
    }
  });
});
