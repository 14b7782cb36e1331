// The taxonomy graph for scoring in the panel (about 1.4 MB of JSON), loaded on first use in its own chunk.
import type { SkillGraph } from '../../../lib/fit/types';

let loading: Promise<SkillGraph> | undefined;

export function loadGraph(): Promise<SkillGraph> {
  loading ??= import('../../../lib/fit/taxonomy-graph').then(
    (m) => m.taxonomyGraph,
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
