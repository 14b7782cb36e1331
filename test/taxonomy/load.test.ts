// The one decoder every host uses: the extension fetches the files, Node reads them. Fresh module state per test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const DIR = join(import.meta.dirname, '../../public/taxonomy');
const file = (f: string) => readFileSync(join(DIR, f), 'utf8');
const fresh = async () => {
  vi.resetModules();
  return { load: await import('../../lib/taxonomy/load'), match: await import('../../lib/taxonomy/match') };
};

describe('loading the taxonomy', () => {
  beforeEach(() => vi.resetModules());

  it('says what to do when nothing is loaded', async () => {
    const { match } = await fresh();
    expect(() => match.matchSkills('Python')).toThrow(/not loaded yet/);
  });

  it('fetches core.json once for any number of callers, and the extra parts only when asked', async () => {
    const { load, match } = await fresh();
    const fetched: string[] = [];
    const fetchText = (f: string) => {
      fetched.push(f);
      return Promise.resolve(file(f));
    };
    await Promise.all([load.loadTaxonomy(fetchText), load.loadTaxonomy(fetchText)]);
    expect(fetched).toEqual(['core.json']);
    expect(match.matchSkills('Experience with Kubernetes').map((m) => m.id)).toEqual(['kubernetes']);
    expect(load.taxonomyLoaded()).toEqual({ core: true, extra: false });
    expect(load.inCore(['kubernetes'])).toBe(true);
    const lookupOnly = JSON.parse(file('extra-1.json')).concepts[0][0] as string;
    expect(load.inCore(['kubernetes', lookupOnly])).toBe(false);
    expect(match.getConcept(lookupOnly)).toBeUndefined();
    await load.loadTaxonomy(fetchText, { extra: true });
    const parts = (JSON.parse(file('core.json')) as { extraParts: number }).extraParts;
    expect(fetched).toEqual(['core.json', ...Array.from({ length: parts }, (_, i) => `extra-${i + 1}.json`)]);
    expect(match.getConcept(lookupOnly)?.id).toBe(lookupOnly);
  });

  it('tries again after a failed fetch, and refuses files that are not its own', async () => {
    const { load } = await fresh();
    await expect(load.loadTaxonomy(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await expect(load.loadTaxonomy(() => Promise.resolve('{"version":1,"concepts":[]}'))).rejects.toThrow(/not a version 2 file/);
    await load.loadTaxonomy((f) => Promise.resolve(file(f)));
    expect(() => load.installExtra(['{"version":2,"coreCount":3,"part":1,"concepts":[],"labels":[]}'])).toThrow(/extra parts|does not belong/);
  });
});
