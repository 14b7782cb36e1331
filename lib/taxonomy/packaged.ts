// The extension's own copy of the taxonomy: public/taxonomy/*.json is packaged at /taxonomy/ and read with a
// same-origin fetch (a root-relative path resolves to the extension's origin in the service worker, the Firefox
// background page and the extension's pages). No network: test/e2e/manifest-bundles.e2e.ts admits this one fetch.
import { TAXONOMY_DIR } from './files';
import { loadTaxonomy, type FetchText } from './load';

export const fetchPackaged: FetchText = async (file) => {
  const res = await fetch(`/${TAXONOMY_DIR}/${file}`);
  if (!res.ok) throw new Error(`Postfit taxonomy: /${TAXONOMY_DIR}/${file} answered ${res.status}`);
  return res.text();
};

/** Loads core.json (and extra.json when asked) from the extension package; repeated calls share one load. */
export function loadPackagedTaxonomy(opts: { extra?: boolean } = {}): Promise<void> {
  return loadTaxonomy(fetchPackaged, opts);
}
