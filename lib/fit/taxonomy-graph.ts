import { getConcept, matchSkills, parentsOf } from '../taxonomy/match';
import type { SkillGraph } from './types';

/** The scorer's view of the generated taxonomy. */
export const taxonomyGraph: SkillGraph = {
  ancestors: (id) => parentsOf(id).map((c) => c.id),
  isSoft: (id) => getConcept(id)?.soft === true,
  name: (id) => getConcept(id)?.name,
  category: (id) => getConcept(id)?.category,
  skillsIn: (text) => [...new Set(matchSkills(text.slice(0, 300)).map((m) => m.id))],
};
