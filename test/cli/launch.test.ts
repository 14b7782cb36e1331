// The command-line launcher runs a bundle of lib/cli and rebuilds it only when one of its inputs is newer.
import { spawnSync } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const BUNDLE = join(ROOT, '.output/cli/parse.mjs');
const launch = (...args: string[]) => spawnSync('node', ['lib/cli/launch.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('command-line launcher', () => {
  it('reuses a fresh bundle and rebuilds one older than its sources', () => {
    expect(launch('parse', '--help').status).toBe(0);
    const built = statSync(BUNDLE).mtimeMs;
    expect(launch('parse', '--help').stdout).toContain('usage: npm run parse');
    expect(statSync(BUNDLE).mtimeMs).toBe(built);

    const past = new Date(Date.UTC(2001, 0, 1));
    utimesSync(BUNDLE, past, past);
    const r = launch('parse', '--help');
    expect(r.status).toBe(0);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(past.getTime());
  });

  it('refuses a tool that lib/cli does not have, saying so', () => {
    for (const name of ['nope', '../../etc/passwd', '']) {
      const r = launch(name);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('no command-line tool named');
    }
  });
});
