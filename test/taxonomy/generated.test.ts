import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

describe('the generated taxonomy', () => {
  it('is exactly what the build script makes from the open data and the curated files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postfit-taxonomy-'));
    try {
      execFileSync('npx', ['tsx', 'lib/taxonomy/build/index.ts'], {
        cwd: ROOT,
        env: { ...process.env, POSTFIT_TAXONOMY_OUT: dir },
        stdio: 'ignore',
      });
      const made = readdirSync(dir).sort();
      expect(readdirSync(join(ROOT, 'public/taxonomy')).sort()).toEqual(made);
      for (const f of made) {
        const committed = readFileSync(join(ROOT, 'public/taxonomy', f), 'utf8');
        expect(readFileSync(join(dir, f), 'utf8') === committed, `run \`npm run taxonomy\` and commit public/taxonomy/${f}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000); // the build reads 40 MB of open data: over a minute on a busy 2-core machine
});
