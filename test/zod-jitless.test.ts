// Zod must never probe for eval in the extension: under the extension pages' CSP the probe is refused and reported
// as a CSP violation on every page that parses (seen in the browser by test/e2e/hostile-*.e2e.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRYPOINTS = ['entrypoints/background.ts', 'entrypoints/content.ts', 'entrypoints/ondemand.ts', 'entrypoints/popup/main.tsx', 'entrypoints/sidepanel/main.tsx'];

describe('zod without eval', () => {
  const RealFunction = globalThis.Function;
  const compiled: unknown[][] = [];
  // Counts every `new Function(...)`, which is how zod probes for and uses eval.
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      compiled.push(args);
      return Reflect.construct(target, args) as object;
    },
  });
  afterAll(() => {
    globalThis.Function = RealFunction;
  });

  it('builds and parses object schemas without compiling code once lib/zod-jitless is loaded', async () => {
    await import('../lib/zod-jitless');
    const { z } = await import('zod');
    const mini = await import('zod/mini');
    const a = z.object({ name: z.string(), tags: z.array(z.object({ id: z.number() })) });
    const b = mini.object({ kind: mini.literal('x'), n: mini.number() });
    expect(a.parse({ name: 'n', tags: [{ id: 1 }] })).toEqual({ name: 'n', tags: [{ id: 1 }] });
    expect(b.safeParse({ kind: 'x', n: 1 }).success).toBe(true);
    expect(compiled).toEqual([]);
  });

  it('is the first import of every entrypoint, before any schema is built', () => {
    for (const file of ENTRYPOINTS) {
      const firstImport = readFileSync(join(ROOT, file), 'utf8').match(/^import .*$/m)?.[0];
      expect(firstImport, file).toMatch(/^import '(\.\.\/)+lib\/zod-jitless';$/);
    }
  });
});
