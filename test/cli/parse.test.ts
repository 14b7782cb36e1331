import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PostingRecordSchema } from '../../lib/schemas';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, '../shared/seeds');
const DEV_HTML = join(ROOT, '../shared/dev/html');
const run = (args: string[]) =>
  spawnSync('npm', ['run', '--silent', 'parse', '--', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run parse', () => {
  it('prints nothing but one JSON record per seed file', () => {
    const files = readdirSync(SEEDS).map((f) => join(SEEDS, f));
    const out = execFileSync('npm', ['run', '--silent', 'parse', '--', ...files], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(files.length);
    for (const line of lines) {
      const rec = PostingRecordSchema.parse(JSON.parse(line));
      for (const key of ['title', 'company', 'required', 'preferred', 'minYears', 'degree', 'certifications', 'languages', 'remote', 'salary'])
        expect(rec).toHaveProperty(key);
    }
  });

  it('reads a saved page through page extraction', () => {
    const r = run(['--url', 'https://vercel.com/careers/director-commercial-legal-us-4505262004', join(DEV_HTML, 'dev-019.html')]);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.title).toBe('Director, Commercial Legal');
    expect(rec.company).toBe('Vercel');
    expect(rec.url).toBe('https://vercel.com/careers/director-commercial-legal-us-4505262004');
  });

  it('reports a file it cannot read, still parses the others, and exits non-zero', () => {
    const seed = join(SEEDS, readdirSync(SEEDS)[0]!);
    const r = run(['/nonexistent/posting.txt', seed]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read /nonexistent/posting.txt: no such file');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('says so when a page is not a posting', () => {
    const r = run([join(ROOT, 'test/fixtures/pages/lever/highspot-principal-ai.html')]);
    expect(r.stderr).toContain('not a job posting page');
    const rec = JSON.parse(r.stdout);
    expect(rec.required).toEqual([]);
  });
});
