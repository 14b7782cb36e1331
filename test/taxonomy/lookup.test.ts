import { describe, expect, it } from 'vitest';
import { entryKey, matchIndex } from '../../lib/taxonomy/alias';
import { normKey } from '../../lib/taxonomy/normalize';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { conceptByName, coreKnowsName, getConcept, parentsOf, suggest } from '../../lib/taxonomy/match';
import type { TaxonomyCore, TaxonomyExtra } from '../../lib/taxonomy/types';

const DIR = join(import.meta.dirname, '../../public/taxonomy');
const read = (f: string) => gunzipSync(readFileSync(join(DIR, f))).toString('utf8');
const data = JSON.parse(read('core.json.gz')) as TaxonomyCore;
const parts = Array.from({ length: data.extraParts }, (_, i) => JSON.parse(read(`extra-${i + 1}.json.gz`)) as TaxonomyExtra);
const extra = { concepts: parts.flatMap((p) => p.concepts), labels: parts.flatMap((p) => p.labels) };

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
    const soft = data.concepts
      .filter((c) => c[4] & 1)
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

describe('generated files', () => {
  it('keep what a parse needs small (core.json) and hold every open-data concept (core + extra)', () => {
    // What a cold worker reads before its first parse: compressed, and uncompressed for JSON.parse.
    expect(statSync(join(DIR, 'core.json.gz')).size).toBeLessThan(700 * 1024);
    expect(read('core.json.gz').length).toBeLessThan(2.1 * 1024 * 1024);
    // addons-linter (Firefox review) refuses files over 5 MB.
    for (let i = 1; i <= data.extraParts; i++) expect(read(`extra-${i}.json.gz`).length).toBeLessThan(4.5 * 1024 * 1024);
    expect(data.concepts.length).toBeGreaterThan(5000);
    // ESCO alone has 13,896 skills and 640 groups; O*NET 8,785 technology and 18,105 tool examples (merged where equal).
    expect(data.concepts.length + extra.concepts.length).toBeGreaterThan(40_000);
    expect(extra.labels.length).toBe(data.concepts.length + extra.concepts.length);
  });
  it('uses unique ids, known parents and broader links inside the files', () => {
    const concepts = [...data.concepts, ...extra.concepts];
    const ids = new Set(concepts.map((c) => c[0]));
    expect(ids.size).toBe(concepts.length);
    for (const c of concepts) for (const p of c[3]) expect(ids.has(p)).toBe(true);
    for (const c of concepts) for (const b of c[5]) expect(b).toBeLessThan(concepts.length);
  });
  it('puts every matchable alias and every broader target of a core concept in core.json', () => {
    for (const entries of Object.values(data.match)) for (const e of entries) expect(e[0]).toBeLessThan(data.concepts.length);
    for (const c of data.concepts) for (const b of c[5]) expect(b).toBeLessThan(data.concepts.length);
  });
});

describe('keys from the match index', () => {
  it('spell each alias as normKey() does, from its tokens alone', () => {
    const aliases = ['node.js', 'c++', 'machine learning', 'ci/cd', 'r&d', '.net core', 'c#', 'scikit-learn', 'Kenntnisse in SAP'];
    const index = matchIndex(aliases.map((a) => ({ aliases: [a] })));
    const keys = Object.entries(index).flatMap(([first, entries]) => entries.map((e) => entryKey(first, e)));
    expect(keys.sort()).toEqual(aliases.map(normKey).sort());
  });
  it('hold no alias written in Chinese, Japanese or Korean script (the tokeniser ends words there)', () => {
    const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
    const keys = Object.entries(data.match).flatMap(([first, entries]) => entries.map((e) => entryKey(first, e)));
    expect(keys.filter((k) => unspaced.test(k))).toEqual([]);
    expect(data.nameKeys.filter((k) => unspaced.test(k))).toEqual([]);
  });
  it('know core names that no alias spells, and nothing the core does not hold', () => {
    expect(coreKnowsName('APL')).toBe(true); // a name only: no alias of its own
    expect(coreKnowsName('K8s')).toBe(true);
    expect(coreKnowsName('Zigbee Gateway Thingamajig')).toBe(false);
  });
  it('answer for every name, alias and look-up label as the set of all core keys would', () => {
    const coreKeys = new Set([...data.nameKeys, ...Object.entries(data.match).flatMap(([first, entries]) => entries.map((e) => entryKey(first, e)))]);
    const texts = [
      ...data.concepts.map((c) => c[1]),
      ...extra.concepts.map((c) => c[1]),
      ...extra.labels.flatMap((l) => (l ? l.split('|') : [])).filter((_, i) => i % 7 === 0),
      ...['Node.JS', 'C++', ' k8s ', 'ci / cd', '.NET', 'R&D', 'machine-learning', '', '  ', '++', 'sql server 2019'],
    ];
    const disagree = texts.filter((t) => coreKnowsName(t) !== coreKeys.has(normKey(t)));
    expect(disagree).toEqual([]);
    expect(texts.filter((t) => coreKnowsName(t)).length).toBeGreaterThan(15_000);
  });
});
