import { getConcept, parentsOf } from '../taxonomy/match';
import type { SkillGraph } from './types';

/** The scorer's view of the generated taxonomy. */
export const taxonomyGraph: SkillGraph = {
  ancestors: (id) => parentsOf(id).map((c) => c.id),
  isSoft: (id) => getConcept(id)?.soft === true,
  name: (id) => getConcept(id)?.name,
};
