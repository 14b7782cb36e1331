// The taxonomy graph for scoring in the panel, loaded on first use: the code in its own chunk, the data from the
// packaged core.json (what scoring needs).
import type { SkillGraph } from '../../../lib/fit/types';

let loading: Promise<SkillGraph> | undefined;

export function loadGraph(): Promise<SkillGraph> {
  loading ??= Promise.all([import('../../../lib/fit/taxonomy-graph'), import('../../../lib/taxonomy/packaged')]).then(
    async ([m, packaged]) => {
      await packaged.loadPackagedTaxonomy();
      return m.taxonomyGraph;
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
