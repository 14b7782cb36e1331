// The taxonomy (about 1.4 MB of JSON) is loaded on first use, in its own chunk, so the popup opens at once.
type Taxonomy = typeof import('../../../lib/taxonomy/match');

let loading: Promise<Taxonomy> | undefined;

export function loadTaxonomy(): Promise<Taxonomy> {
  loading ??= import('../../../lib/taxonomy/match').catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
