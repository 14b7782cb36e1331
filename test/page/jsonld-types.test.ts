// JSON-LD fields of any JSON type: every field Postfit reads from a JobPosting, given every JSON type (and the
// shapes real pages ship: lists, TextObjects, @value/@list, names nested in names), is read as text or ignored.
// The posting stays a posting, nothing throws, and no "[object Object]", "true" or "null" reaches the text.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/page';
import { salaryText, str, texts } from '../../lib/page/jsonld-format';
import { parsePosting } from '../../lib/posting';
import { ld, page } from './helpers';

const DESC =
  '<p>We build tools for people who build things, all over the world, every day of the year.</p><h3>Requirements</h3>' +
  '<ul><li>5+ years of TypeScript</li><li>Experience with PostgreSQL</li></ul>';
const BASE = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Senior Engineer', hiringOrganization: { name: 'Acme' }, description: DESC };

/** The page for a posting with `extra` fields, its JSON written as text (so keys like __proto__ stay keys). */
const read = (extra: string) => extractPage(page('', ld(`${JSON.stringify(BASE).slice(0, -1)}${extra ? `,${extra}` : ''}}`)), 'https://acme.example/jobs/1');
const nestedArrays = (n: number) => `${'['.repeat(n)}"deep"${']'.repeat(n)}`;
const nestedNames = (n: number) => `${'{"name":'.repeat(n)}"deep"${'}'.repeat(n)}`;

/** Every JSON type and the odd shapes, as JSON text. */
const ODD: [string, string][] = [
  ['null', 'null'],
  ['true', 'true'],
  ['false', 'false'],
  ['zero', '0'],
  ['negative float', '-1.5'],
  ['huge number', '1e308'],
  ['empty string', '""'],
  ['blank string', '"   "'],
  ['empty array', '[]'],
  ['empty object', '{}'],
  ['array of nulls', '[null, null]'],
  ['array of booleans', '[true, false]'],
  ['nested empty arrays', '[[[]]]'],
  ['arrays 5,000 deep', nestedArrays(5000)],
  ['names 5,000 deep', nestedNames(5000)],
  ['object without a text key', '{"en": "x", "@type": "Thing"}'],
  ['__proto__ key', '{"__proto__": {"name": "polluted"}}'],
  ['toString key', '{"toString": 1, "valueOf": "x"}'],
  ['array of objects', '[{"a": 1}, {"b": [2]}]'],
  ['string with markup', '"<b>Bold</b> &amp; <i>text</i>"'],
];

const FIELDS = [
  'title', 'name', 'description', 'qualifications', 'skills', 'responsibilities', 'hiringOrganization', 'baseSalary',
  'estimatedSalary', 'jobLocation', 'jobLocationType', 'employmentType', 'datePosted', 'identifier', '@type',
];

const JUNK = /\[object|undefined|\bnull\b|\btrue\b|\bfalse\b|function /;

describe('every JSON-LD field, every JSON type', () => {
  for (const field of FIELDS) {
    it(`${field}: read as text or ignored, never a lost posting or a thrown error`, () => {
      for (const [name, value] of ODD) {
        // A description of no text leaves the posting without a body: responsibilities carry it then.
        const extra = `${JSON.stringify(field)}:${value}${field === 'description' ? `,"responsibilities":${JSON.stringify(DESC)}` : ''}`;
        let r: ReturnType<typeof extractPage> = null;
        expect(() => (r = read(extra)), `${field} = ${name}`).not.toThrow();
        if (field === '@type') continue; // not a JobPosting any more: nothing to read
        expect(r, `${field} = ${name}`).not.toBeNull();
        const got = r!;
        expect(got.source, `${field} = ${name}`).toBe('jsonld');
        expect(got.text, `${field} = ${name}`).toContain('5+ years of TypeScript');
        for (const [k, v] of Object.entries(got.header)) {
          if (v !== null) expect(v, `${field} = ${name}: header.${k}`).not.toMatch(JUNK);
        }
        expect(got.text, `${field} = ${name}`).not.toMatch(/\[object|\bundefined\b/);
        expect(({} as Record<string, unknown>).name).toBeUndefined();
      }
    });
  }
});

describe('fields of other types read as text', () => {
  const header = (extra: string) => read(extra)?.header;

  it('title: a list, a JSON-LD value, a named object, a number; nothing usable falls back to no title', () => {
    expect(header('"title":["Staff Engineer","Ingénieur"]')?.title).toBe('Staff Engineer');
    expect(header('"title":[null,"",{"@value":"Staff Engineer"}]')?.title).toBe('Staff Engineer');
    expect(header('"title":{"@value":"Staff Engineer","@language":"en"}')?.title).toBe('Staff Engineer');
    expect(header('"title":{"@type":"Text","name":"Staff Engineer"}')?.title).toBe('Staff Engineer');
    expect(header('"title":{"@list":["Staff Engineer"]}')?.title).toBe('Staff Engineer');
    expect(header('"title":2027')?.title).toBe('2027');
    expect(header('"title":{},"name":"Staff Engineer"')?.title).toBe('Staff Engineer');
    expect(header('"title":true')?.title).toBeNull();
  });

  it('description: a list of HTML parts, a TextObject, a JSON-LD value or list: the posting is read, in order', () => {
    const parts = ['<p>Part one: we build tools for people who build things, all over the world, every day of the year, in a small team.</p>', '<h3>Requirements</h3><ul><li>Experience with Rust</li><li>Experience with Kafka</li></ul>'];
    for (const d of [parts, { '@type': 'TextObject', text: parts.join('') }, { '@value': parts.join('') }, { '@list': parts }, [[parts[0]], { text: parts[1] }]]) {
      const r = extractPage(page('', ld(JSON.stringify({ ...BASE, description: d }))), 'https://acme.example/jobs/1');
      expect(r?.source, JSON.stringify(d)).toBe('jsonld');
      expect(r!.text).toMatch(/Part one[\s\S]*## Requirements\n\n- Experience with Rust\n- Experience with Kafka/);
    }
  });

  it('a page whose only posting has an object or array title and description is still a posting', () => {
    const only = { '@type': 'JobPosting', title: { name: 'Data Engineer' }, description: [DESC, { text: '<p>Nice to have: Airflow.</p>' }] };
    const r = extractPage(page('', ld(JSON.stringify(only))), 'https://acme.example/jobs/2');
    expect(r?.header.title).toBe('Data Engineer');
    expect(r?.text).toContain('Experience with PostgreSQL');
    expect(r?.text).toContain('Nice to have: Airflow.');
  });

  it('qualifications, skills, responsibilities (in that order, each under its heading): lists of strings and of named terms', () => {
    const r = read('"skills":["Python",{"@type":"DefinedTerm","name":"Kubernetes"}],"qualifications":[["Go"]],"responsibilities":{"text":"Run the platform"}');
    expect(r!.text).toContain('Qualifications\nGo\n\nSkills\nPython\n\nKubernetes\n\nResponsibilities\nRun the platform');
  });

  it('reads duties in "responsibilities" as duties, not as requirements', () => {
    const r = read('"qualifications":"Experience with Go","responsibilities":"Build React frontends with our designers"');
    const rec = parsePosting(r!.text, { header: r!.header });
    expect(rec.required).toEqual(['TypeScript', 'PostgreSQL', 'Go']);
  });

  it('company, salary and location in lists and nested objects', () => {
    expect(header('"hiringOrganization":["Acme GmbH"]')?.company).toBe('Acme GmbH');
    expect(header('"hiringOrganization":[{"name":{"@value":"Acme GmbH"}}]')?.company).toBe('Acme GmbH');
    expect(header('"hiringOrganization":true')?.company).toBeNull();
    expect(header('"baseSalary":"USD 120,000 – 150,000 a year"')?.salaryText).toBe('USD 120,000 – 150,000 a year');
    expect(header('"baseSalary":[{"currency":["EUR"],"value":{"minValue":"50000","maxValue":60000}}]')?.salaryText).toBe('EUR 50000-60000 per year');
    expect(header('"baseSalary":{"currency":"USD","value":[1,2]}')?.salaryText).toBeNull();
    expect(header('"jobLocation":{"address":[{"addressLocality":["Berlin"],"addressCountry":{"name":"DE"}}]}')?.locationText).toBe('Berlin, DE');
    expect(header('"jobLocation":"Lisbon"')?.locationText).toBe('Lisbon');
    expect(header('"jobLocationType":[{"@value":"TELECOMMUTE"}]')?.locationText).toBe('Remote');
  });

  it('str, texts and salaryText on their own: bounded, never throwing, every JSON type', () => {
    const deep = JSON.parse(nestedArrays(100_000)) as unknown;
    const deepNames = JSON.parse(nestedNames(100_000)) as unknown;
    expect(str(deep)).toBeNull();
    expect(str(deepNames)).toBeNull();
    expect(texts(deep)).toEqual([]);
    expect(salaryText(deep)).toBeNull();
    expect(str(['', '  ', 7])).toBe('7');
    expect(str(Number.NaN)).toBeNull();
    expect(texts(['a', 1, true, null, { text: 'b' }, [['c']]])).toEqual(['a', '1', 'b', 'c']);
    expect(texts(Array.from({ length: 10_000 }, (_, i) => `t${i}`))).toHaveLength(200);
  });
});
