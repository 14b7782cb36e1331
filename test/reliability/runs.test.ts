import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNS } from './runs';

describe('fuzz input counts (issue #7)', () => {
  it('add up to 100,000 inputs, each count used by a fuzz test', () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBe(100_000);
    const dir = import.meta.dirname;
    const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const name of Object.keys(RUNS)) expect(tests, name).toContain(`RUNS['${name}']`);
  });
});
