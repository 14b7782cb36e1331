// The one decoder every host uses: the extension fetches the files, Node reads them. Fresh module state per test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const DIR = join(import.meta.dirname, '../../public/taxonomy');
const file = (f: string) => gunzipSync(readFileSync(join(DIR, f))).toString('utf8');
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
    expect(fetched).toEqual(['core.json.gz']);
    expect(match.matchSkills('Experience with Kubernetes').map((m) => m.id)).toEqual(['kubernetes']);
    expect(load.taxonomyLoaded()).toEqual({ core: true, extra: false });
    expect(load.inCore(['kubernetes'])).toBe(true);
    const lookupOnly = JSON.parse(file('extra-1.json.gz')).concepts[0][0] as string;
    expect(load.inCore(['kubernetes', lookupOnly])).toBe(false);
    expect(match.getConcept(lookupOnly)).toBeUndefined();
    await load.loadTaxonomy(fetchText, { extra: true });
    const parts = (JSON.parse(file('core.json.gz')) as { extraParts: number }).extraParts;
    expect(fetched).toEqual(['core.json.gz', ...Array.from({ length: parts }, (_, i) => `extra-${i + 1}.json.gz`)]);
    expect(match.getConcept(lookupOnly)?.id).toBe(lookupOnly);
  });

  it('tries again after a failed fetch, and refuses files that are not its own', async () => {
    const { load } = await fresh();
    await expect(load.loadTaxonomy(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    await expect(load.loadTaxonomy(() => Promise.resolve('{"version":2,"concepts":[],"categories":[],"match":{}}'))).rejects.toThrow(/not a version 3 file/);
    await load.loadTaxonomy((f) => Promise.resolve(file(f)));
    expect(() => load.installExtra(['{"version":3,"coreCount":3,"part":1,"concepts":[],"labels":[]}'])).toThrow(/extra parts|does not belong/);
  });
});
