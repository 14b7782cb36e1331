// The extension's own copy of the taxonomy: public/taxonomy/*.json.gz is packaged at /taxonomy/ and read with a
// same-origin fetch (a root-relative path resolves to the extension's origin in the service worker, the Firefox
// background page and the extension's pages). No network: test/e2e/manifest-bundles.e2e.ts admits this one fetch.
import { loadTaxonomy, type FetchText } from './load';

export const fetchPackaged: FetchText = async (file) => {
  // A literal path (files.ts's TAXONOMY_DIR): test/e2e/manifest-bundles.e2e.ts recognises exactly this call.
  const res = await fetch(`/taxonomy/${file}`);
  if (!res.ok || !res.body) throw new Error(`Postfit taxonomy: /taxonomy/${file} answered ${res.status}`);
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).text();
};

/** Loads core.json (and extra-N.json when asked) from the extension package; repeated calls share one load. */
export function loadPackagedTaxonomy(opts: { extra?: boolean } = {}): Promise<void> {
  return loadTaxonomy(fetchPackaged, opts);
}
