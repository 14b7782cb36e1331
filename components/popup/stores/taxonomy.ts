// The taxonomy is loaded on first use: the matcher in its own chunk, and the packaged data files (core.json and
// extra-N.json, whose look-up labels the skill search needs), so the popup opens at once.
type Taxonomy = typeof import('../../../lib/taxonomy/match');

let loading: Promise<Taxonomy> | undefined;

export function loadTaxonomy(): Promise<Taxonomy> {
  loading ??= Promise.all([import('../../../lib/taxonomy/match'), import('../../../lib/taxonomy/packaged')])
    .then(async ([match, packaged]) => {
      await packaged.loadPackagedTaxonomy({ extra: true });
      return match;
    })
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}
