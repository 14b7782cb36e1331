// Romance lists share a head written first ("gestão de projetos e produtos") or a complement written last ("análise e
// modelagem de dados"): each member names a skill with the shared part.
import { describe, expect, it } from 'vitest';
import { romanceHeadMatches } from '../../lib/posting/romance-heads';
import { matchSkills } from '../../lib/taxonomy/match';
import { extractSkills } from '../../lib/posting/skills';
import type { Unit } from '../../lib/posting/types';

const extra = (text: string) => romanceHeadMatches(text, matchSkills(text)).map((m) => [m.name, m.surface]);
const unit = (text: string): Unit => ({ text, sectionKind: 'requirements', heading: null, preferred: false, index: 0 });

describe('a head shared by a Romance list', () => {
  it.each([
    ['Experiência em gestão de projetos e produtos', [['Product Management', 'produtos']]],
    ['Gestion de projets et de produits', [['Product Management', 'de produits']]],
    ['Gestion de projets, produits et budgets', [['Product Management', 'produits']]],
    ['Experiencia en gestión de riesgos y proyectos', [['Project Management', 'proyectos']]],
    ['Conhecimento em análise e modelagem de dados', [['Data Analysis', 'análise']]],
  ])('%s', (text, want) => {
    expect(extra(text)).toEqual(want);
  });

  it('names nothing when the first member does not make a skill with the head, or a member is no noun', () => {
    expect(extra('Gestion de la paie et des congés')).toEqual([]);
    expect(extra('Desenvolvimento de software e com foco em qualidade')).toEqual([]);
    expect(extra('Experience with Java and Python')).toEqual([]);
  });

  it('the parser lists each member as an item of its own', () => {
    const r = extractSkills([unit('Experiência em gestão de projetos e produtos')]);
    expect(r.required.map((m) => m.name)).toEqual(['Project Management', 'Product Management']);
  });
});
