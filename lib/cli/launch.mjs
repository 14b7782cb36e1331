#!/usr/bin/env node
// Runs a command-line tool of lib/cli from an esbuild bundle in .output/cli: one start-up costs a Node start and one
// file's load instead of tsx compiling the TypeScript on every run. The bundle is rebuilt only when one of its own
// inputs (esbuild's metafile lists them) is newer than it, so editing lib/ and running again just works.
// usage: node lib/cli/launch.mjs NAME [ARGS...]   (NAME is a file lib/cli/NAME.ts)
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [name, ...args] = process.argv.slice(2);
if (!name || !/^[a-z][a-z-]*$/.test(name) || !existsSync(join(root, 'lib/cli', `${name}.ts`))) {
  process.stderr.write(`launch: no command-line tool named ${JSON.stringify(name ?? '')} in lib/cli\n`);
  process.exit(2);
}
const outDir = join(root, '.output/cli');
const bundle = join(outDir, `${name}.mjs`);
const inputsFile = join(outDir, `${name}.inputs.json`);

/** True when the bundle is missing or any file it was built from changed after it (or is gone). */
function stale() {
  if (!existsSync(bundle) || !existsSync(inputsFile)) return true;
  const built = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return true;
  }
  for (const file of [...inputs, 'package-lock.json']) {
    const path = join(root, file);
    if (!existsSync(path) || statSync(path).mtimeMs > built) return true;
  }
  return false;
}

// A JSON import becomes JSON.parse of one string literal: V8 scans a string far faster than it compiles the same data
// as an object literal (the taxonomy is most of the bundle).
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (a) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(a.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

async function rebuild() {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  // Written beside the target and renamed: two tools started at once never load a half-written bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'lib/cli', `${name}.ts`)],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    plugins: [jsonAsString],
    logLevel: 'error',
    // Bundled CommonJS (linkedom's dependencies) may call require(): give the ES module one.
    banner: { js: "import { createRequire as __postfitRequire } from 'node:module'; const require = __postfitRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
  renameSync(tmp, bundle);
}

if (stale()) await rebuild();
process.argv = [process.argv[0], bundle, ...args];
// eslint-disable-next-line no-unsanitized/method -- our own bundle, named by a checked lib/cli file name
await import(pathToFileURL(bundle).href);
