import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FitReportSchema } from '../../lib/fit/types';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, '../shared/seeds');
const PROFILE = join(ROOT, 'assets/examples/ml-platform-engineer.profile.json');
const seeds = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
const run = (args: string[]) => spawnSync('npm', ['run', '--silent', 'fit', '--', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run fit', () => {
  it('prints a readable report per seed posting with the example profile', () => {
    const r = run(['--profile', PROFILE, ...seeds]);
    expect(r.status).toBe(0);
    expect(r.stdout.match(/fit: \d+\/100 \((strong|partial|weak)\)/g)).toHaveLength(seeds.length);
    expect(r.stdout).toContain('✓ met');
    expect(r.stdout).toContain('✗ missing');
  });

  it('prints valid JSON reports with --json', () => {
    const r = run(['--profile', PROFILE, '--json', ...seeds]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(seeds.length);
    for (const l of lines) expect(FitReportSchema.safeParse(l.report).success).toBe(true);
  });

  it('refuses an invalid profile with the reason', () => {
    const r = run(['--profile', join(ROOT, 'package.json'), seeds[0]!]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a valid profile');
  });

  it('accepts a profile written by name and lists what is wrong with a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-fit-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ skills: [{ name: 'k8s', years: 3, level: 'expert' }, { name: 'Zigbee Stack' }], languages: [{ name: 'German', level: 'B2' }], degree: 'associate' }));
    const ok = run(['--profile', good, '--json', seeds[0]!]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('kept as typed: Zigbee Stack');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ skills: [{ name: 'Go', level: 'guru' }], degree: 'doctorate' }));
    const no = run(['--profile', bad, seeds[0]!]);
    expect(no.status).toBe(2);
    expect(no.stdout).toBe('');
    expect(no.stderr).toMatch(/skills\[0\]\.level: expected one of/);
    expect(no.stderr).toMatch(/degree: expected one of/);
  });
});
