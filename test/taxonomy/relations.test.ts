// The relations the scorer reads: curated parents, the open data's broader links, and their closures.
import { describe, expect, it } from 'vitest';
import { broaderOf, conceptByName, coreKnowsName, getConcept, implies, impliedBy, labelsOf, matchSkills, parentsOf, suggest } from '../../lib/taxonomy/match';

const names = (cs: { name: string }[]) => cs.map((c) => c.name);

describe('taxonomy relations', () => {
  it('keeps curated parents apart from open-data broader links', () => {
    expect(names(parentsOf('postgresql'))).toContain('SQL');
    expect(parentsOf('postgresql').some((c) => c.group)).toBe(false);
    // O*NET files PostgreSQL under database software commodities, ESCO under a broader concept or skill group.
    expect(broaderOf('postgresql').some((c) => c.group && c.category.startsWith('onet'))).toBe(true);
    expect(broaderOf('postgresql').map((c) => c.id)).not.toContain('postgresql');
  });

  it('implies the parents and the broader links, transitively, and never the concept itself', () => {
    const up = implies('postgresql');
    expect(names(up)).toEqual(expect.arrayContaining(['SQL', 'Relational Databases']));
    expect(up.map((c) => c.id)).not.toContain('postgresql');
    expect(up.some((c) => c.group)).toBe(true);
    expect(implies('no-such-thing')).toEqual([]);
  });

  it('answers impliedBy as the inverse of implies', () => {
    const sql = impliedBy('sql').map((c) => c.id);
    expect(sql).toContain('postgresql');
    for (const id of sql.slice(0, 20)) expect(implies(id).map((c) => c.id)).toContain('sql');
  });

  it('marks groups and hot technologies, and never offers a group in the skill search', () => {
    const excel = conceptByName('Microsoft Excel')!;
    expect(excel.hot).toBe(true);
    const group = broaderOf(excel.id)[0]!;
    expect(group.group).toBe(true);
    expect(suggest(group.name, 10).map((c) => c.id)).not.toContain(group.id);
  });

  it('finds look-up-only concepts by their labels in every language, which never match text', () => {
    // An ESCO skill with a verb-phrase label: in the data, found by search, not an item of a posting.
    const staff = suggest('manage musical staff', 3)[0]!;
    expect(staff.name).toBe('Manage Musical Staff');
    expect(coreKnowsName(staff.name)).toBe(false);
    expect(matchSkills('We need someone to manage musical staff.').map((m) => m.id)).not.toContain(staff.id);
    expect(labelsOf(staff.id)).toEqual(expect.arrayContaining(['gérer le personnel musical']));
    expect(getConcept(staff.id)?.id).toBe(staff.id);
  });
});

describe('a product or a narrower technique is its own concept, under the broad one', () => {
  it.each([
    ['Experience with Google Analytics', 'Google Analytics', 'Web Analytics'],
    ['Dimensional modeling and star schemas', 'Dimensional Modeling', 'Data Modeling'],
    ['You apply SOLID principles', 'SOLID Principles', 'Object-Oriented Programming'],
    ['Knowledge of .NET Core', '.NET Core', '.NET'],
    ['Experience with Strapi', 'Strapi', 'Content Management Systems'],
    ['Native code on iOS and Android', 'Android', 'Android Development'],
    ['Native code on iOS and Android', 'iOS', 'iOS Development'],
    ['Proven experience developing embedded software', 'Embedded Software', 'Embedded Systems'],
    ['Familiarity with cloud cost management', 'Cost Management', 'Cost Control'],
    ['5+ years of software engineering experience', 'Software Engineering', 'Software Development'],
  ])('%s', (text, name, parent) => {
    const m = matchSkills(text).find((x) => x.name === name);
    expect(m).toBeDefined();
    expect(names(parentsOf(m!.id))).toContain(parent);
  });

  it('keeps the broad concept and its id for the broad words', () => {
    expect(matchSkills('Web analytics experience').map((m) => m.id)).toContain('web-analytics');
    expect(conceptByName('Data Modeling')?.id).toBe('data-modeling');
    expect(matchSkills('Android development experience').map((m) => m.id)).toEqual(['android-development']);
    expect(matchSkills('Professional software development').map((m) => m.id)).toEqual(['software-development']);
  });
});
