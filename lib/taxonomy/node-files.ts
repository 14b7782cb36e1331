// Node (command line, tests, scripts): the taxonomy files are read from disk on first use, through the same
// decoder as the extension's (load.ts). The directory: POSTFIT_TAXONOMY_DIR, else public/taxonomy of this
// repository (found from this file, or from the working directory when this file is bundled elsewhere).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { TAXONOMY_DIR, TAXONOMY_FILES } from './files';
import { useTaxonomyReader } from './load';

export function taxonomyDir(): string {
  if (process.env.POSTFIT_TAXONOMY_DIR) return resolve(process.env.POSTFIT_TAXONOMY_DIR);
  const candidates = [
    join(import.meta.dirname ?? '.', '../../public', TAXONOMY_DIR),
    join(process.cwd(), 'public', TAXONOMY_DIR),
    join(import.meta.dirname ?? '.', TAXONOMY_DIR),
  ];
  return candidates.find((d) => existsSync(join(d, TAXONOMY_FILES.core))) ?? candidates[0]!;
}

/** Reads the taxonomy from `dir` when first needed. Call once at start-up. */
export function useTaxonomyFiles(dir = taxonomyDir()): void {
  useTaxonomyReader((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
}
