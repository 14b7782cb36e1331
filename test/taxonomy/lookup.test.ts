import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { conceptByName, getConcept, parentsOf, suggest } from '../../lib/taxonomy/match';
import data from '../../lib/taxonomy/taxonomy.json';

const parentNames = (name: string) => parentsOf(conceptByName(name)!.id).map((c) => c.name);

describe('lookups', () => {
  it('finds concepts by id and by name or alias', () => {
    expect(getConcept('postgresql')?.name).toBe('PostgreSQL');
    expect(conceptByName('postgres')?.name).toBe('PostgreSQL');
    expect(conceptByName('Amazon Web Services')?.id).toBe('amazon-web-services');
    expect(conceptByName('golang')?.name).toBe('Go');
    expect(getConcept('no-such-thing')).toBeUndefined();
  });

  it('flags exactly the spec soft skills', () => {
    const soft = (data as unknown as { concepts: [string, string, number, string[], string[], number][] }).concepts
      .filter((c) => c[5] & 1)
      .map((c) => c[1])
      .sort();
    expect(soft).toEqual(['Business Acumen', 'Communication', 'Leadership', 'Mentoring', 'Presentation Skills', 'Problem Solving', 'Stakeholder Management', 'Teamwork']);
  });
});

describe('parents', () => {
  it('GKE → Kubernetes and Google Cloud Platform', () => {
    const p = parentNames('GKE');
    expect(p).toContain('Kubernetes');
    expect(p).toContain('Google Cloud Platform');
  });
  it.each([
    ['Amazon EKS', ['Kubernetes', 'Amazon Web Services']],
    ['PostgreSQL', ['SQL', 'Relational Databases']],
    ['React', ['JavaScript']],
    ['Django', ['Python']],
    ['TypeScript', ['JavaScript']],
  ])('%s', (name, expected) => {
    const p = parentNames(name);
    for (const e of expected) expect(p).toContain(e);
  });
  it('is transitive and never contains the concept itself', () => {
    const p = parentNames('Google Kubernetes Engine');
    expect(p).toContain('Cloud Computing');
    expect(p).not.toContain('Google Kubernetes Engine');
  });
});

describe('suggest', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['golang', 'Go'],
    ['kube', 'Kubernetes'],
    ['terra', 'Terraform'],
    ['bilanzbuch', 'Financial Accounting'],
  ])('%s → %s', (q, name) => {
    expect(suggest(q, 5).map((c) => c.name)).toContain(name);
  });
  it('ranks the exact alias first and respects the limit', () => {
    expect(suggest('aws', 3)[0]?.name).toBe('Amazon Web Services');
    expect(suggest('a', 7).length).toBeLessThanOrEqual(7);
    expect(suggest('', 5)).toEqual([]);
  });
});

describe('generated file', () => {
  it('is commit-sized and has thousands of concepts', () => {
    const size = statSync(join(import.meta.dirname, '../../lib/taxonomy/taxonomy.json')).size;
    expect(size).toBeLessThan(2.5 * 1024 * 1024);
    expect((data as { concepts: unknown[] }).concepts.length).toBeGreaterThan(5000);
  });
  it('uses unique ids and known parents', () => {
    const concepts = (data as unknown as { concepts: [string, string, number, string[]][] }).concepts;
    const ids = new Set(concepts.map((c) => c[0]));
    expect(ids.size).toBe(concepts.length);
    for (const c of concepts) for (const p of c[3]) expect(ids.has(p)).toBe(true);
  });
});
