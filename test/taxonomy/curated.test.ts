// The curated vocabulary's line format (lib/taxonomy/build/curated.ts), and renames that keep a saved id.
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../lib/taxonomy/build/curated';
import { conceptByName, getConcept, matchSkills, parentsOf } from '../../lib/taxonomy/match';

describe('a curated line', () => {
  it('gives name, aliases with their plural twins, and parents', () => {
    const [c] = parseCurated('Message Queues | message broker; ~mq > Software Architecture', 'software');
    expect(c).toMatchObject({ name: 'Message Queues', category: 'software', parents: ['Software Architecture'], source: 'curated' });
    expect(c!.aliases).toEqual(expect.arrayContaining(['message queues', 'message queue', 'message broker', 'message brokers', '~mq']));
    expect(c!.id).toBeUndefined();
  });

  it.each([
    ['linguagens de programação', 'linguagem de programação'],
    ['base de données', 'bases de données'],
    ['balanceadores de carga', 'balanceador de carga'],
    ['lenguaje de programación', 'lenguajes de programación'],
    ['gestión de la configuración', 'gestiones de la configuración'],
    ['test de charge', 'tests de charge'],
  ])('gives a Romance compound "%s" its other number, "%s", by its first word', (alias, twin) => {
    const [c] = parseCurated(`Some Skill | ${alias}`, 'software');
    expect(c!.aliases).toContain(twin);
  });

  it('a name with an empty alias list keeps its bar out of the name', () => {
    const [c] = parseCurated('~Shell | > Scripting', 'languages');
    expect(c).toMatchObject({ name: 'Shell', aliases: ['~shell'], parents: ['Scripting'] });
  });

  it('"Name =id" keeps the id a concept had under its earlier name', () => {
    const [c] = parseCurated('ERP Systems =erp | erp', 'finance');
    expect(c).toMatchObject({ name: 'ERP Systems', id: 'erp' });
  });
});

describe('renamed concepts keep the ids saved profiles hold', () => {
  it('ERP is named "ERP Systems" as the labels write it, with its id "erp"', () => {
    expect(getConcept('erp')?.name).toBe('ERP Systems');
    expect(conceptByName('ERP')?.id).toBe('erp');
    expect(matchSkills('Experience with various ERP systems').map((m) => m.id)).toEqual(['erp']);
  });

  it.each([
    ['data-lakes', 'Data Lake', 'Data Warehouse, Data Lake, Lambda'],
    ['online-analytical-processing', 'OLAP', 'cargas de trabalho OLTP e OLAP'],
    ['artifact-management', 'Artifact Repositories', 'artifact repositories'],
  ])('%s is named %s as postings write it', (id, name, text) => {
    expect(getConcept(id)?.name).toBe(name);
    expect(matchSkills(text).map((m) => m.id)).toContain(id);
  });

  it('Cash Management is its own item, under Treasury', () => {
    const [m] = matchSkills('5 Jahre Berufserfahrung in Cash Management');
    expect(m?.name).toBe('Cash Management');
    expect(parentsOf(m!.id).map((p) => p.id)).toContain('treasury');
  });
});
