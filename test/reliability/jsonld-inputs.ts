// Hostile schema.org JobPosting blocks: every field the extraction reads given the right type or any other,
// containers it looks through, deep nesting, huge values, and blocks broken as text after serialising.
import fc from 'fast-check';
import { ODD_CHARS, shortText, token } from './hostile';
import { htmlPiece, tree, url } from './html-inputs';

type Json = unknown;

/** Values of the wrong type, including objects whose toString/valueOf are not functions. */
export const wrongType: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, '', ' ', [], {}, [null], { toString: 1, valueOf: 1 }, { name: { name: { '@value': 7 } } }),
  fc.integer(),
  fc.double(), // NaN and ±Infinity become null in JSON
  shortText,
  fc.jsonValue({ maxDepth: 3 }),
);

const value = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<Json> => fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: wrongType, weight: 1 });

/** Description-like text: plain, HTML (as is or entity-escaped once or twice), hostile fragments. */
export const richText: fc.Arbitrary<string> = fc.oneof(
  shortText,
  tree,
  fc.array(fc.oneof(token, htmlPiece), { maxLength: 40 }).map((a) => a.join('')),
  tree.map((h) => h.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
  tree.map((h) => h.replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;')),
);

const num: fc.Arbitrary<Json> = fc.oneof(
  fc.integer({ min: -1000, max: 10_000_000 }),
  fc.double(),
  fc.constantFrom('1,000', '120000', '120k', ' ', '1e400', '-5', '0x10', 'NaN', '٣٠٠٠٠'),
);

const quantity = fc.record(
  {
    '@type': fc.constant('QuantitativeValue'),
    minValue: value(num),
    maxValue: value(num),
    value: value(num),
    unitText: value(fc.constantFrom('YEAR', 'HOUR', 'MONTH', 'WEEK', 'DAY', 'year', '__proto__', 'constructor', 'TOSTRING')),
  },
  { requiredKeys: [] },
);

const salary: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ '@type': fc.constant('MonetaryAmount'), currency: value(fc.constantFrom('USD', 'eur', '', '$', 'XXXX')), value: value(fc.oneof(quantity, num)) }, { requiredKeys: [] }),
  num,
  fc.array(fc.oneof(quantity, num), { maxLength: 3 }),
);

const address = fc.record({ addressLocality: value(shortText), addressRegion: value(shortText), addressCountry: value(fc.oneof(shortText, fc.record({ name: value(shortText) }))) }, { requiredKeys: [] });
const place: fc.Arbitrary<Json> = fc.oneof(fc.record({ '@type': fc.constant('Place'), address: value(fc.oneof(address, shortText)) }, { requiredKeys: [] }), shortText, address);

const TYPES = ['JobPosting', ['JobPosting'], ['Thing', 'JobPosting'], 'schema:JobPosting', 'http://schema.org/JobPosting', ' JobPosting ', 'jobposting', 'Thing', 'JobPostingX'];

export const posting: fc.Arbitrary<Record<string, Json>> = fc.record(
  {
    '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', { '@vocab': 'https://schema.org/' }),
    '@type': value(fc.constantFrom(...TYPES)),
    title: value(fc.oneof(shortText, fc.constantFrom('Senior Engineer', 'Engineer (m/w/d)'))),
    name: value(shortText),
    description: value(richText),
    qualifications: value(richText),
    skills: value(richText),
    responsibilities: value(richText),
    hiringOrganization: value(fc.oneof(shortText, fc.record({ '@type': fc.constant('Organization'), name: value(shortText) }, { requiredKeys: [] }))),
    baseSalary: value(salary),
    estimatedSalary: value(salary),
    jobLocation: value(fc.oneof(place, fc.array(place, { maxLength: 4 }))),
    jobLocationType: value(fc.oneof(fc.constantFrom('TELECOMMUTE', ['TELECOMMUTE'], 'telecommute', ['ONSITE']), fc.array(wrongType, { maxLength: 2 }))),
    url: value(url),
  },
  { requiredKeys: ['@type'] },
);

/** Where pages put the posting: bare, a list, @graph, mainEntity, itemListElement. */
export const container: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: posting, weight: 4 },
  { arbitrary: fc.array(fc.oneof(posting, wrongType), { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.record({ '@context': fc.constant('https://schema.org'), '@graph': fc.array(fc.oneof(posting, wrongType), { maxLength: 3 }) }), weight: 1 },
  { arbitrary: posting.map((p) => ({ '@type': 'WebPage', mainEntity: p })), weight: 1 },
  { arbitrary: posting.map((p) => ({ '@type': 'ItemList', itemListElement: [{ item: p }, { item: { '@type': 'JobPosting' } }] })), weight: 1 },
  { arbitrary: wrongType, weight: 1 },
);

const POSTING_HEAD =
  '{"@type":"JobPosting","title":"Engineer","description":"Requirements: Python, AWS and 5+ years of experience building data systems for analytics teams.",';
const SHAPES: [string, string][] = [['[', ']'], ['{"mainEntity":', '}'], ['{"@graph":[', ']}'], ['{"name":', '}']];

/** JSON text nested `depth` levels deep around `inner`, in the shapes the reader walks into (or recurses on). */
export function nest(inner: string, depth: number, kind: number): string {
  const k = kind % (SHAPES.length + 1);
  if (k === SHAPES.length) return `${POSTING_HEAD}"hiringOrganization":${'{"name":'.repeat(depth)}${inner}${'}'.repeat(depth)}}`;
  const [open, close] = SHAPES[k]!;
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** Serialised blocks, some broken the ways real pages break them. */
export const block: fc.Arbitrary<string> = fc
  .tuple(container, fc.nat({ max: 11 }), fc.nat(), fc.constantFrom(...ODD_CHARS, '</script>', '//', ',', '"', '}', ']'))
  .map(([v, how, at, piece]) => {
    const json = JSON.stringify(v) ?? 'null';
    const i = at % (json.length + 1);
    switch (how) {
      case 0: return json.slice(0, i); // truncated
      case 1: return json.slice(0, i) + piece + json.slice(i);
      case 2: return json.replace(/"/g, '&quot;');
      case 3: return `<!--${json}-->`;
      case 4: return `//<![CDATA[\n${json}\n//]]>`;
      case 5: return json.replace(/\\n/g, '\n').replace(/ /g, '\u0000');
      case 6: return json.replace(/}$/, ',}');
      case 7: return nest(json, 1 + (at % 300), at);
      default: return json;
    }
  });

export const ld = (b: string): string => `<script type="application/ld+json">${b}</script>`;

/** A page around JSON-LD blocks: a title, and a body that agrees, disagrees or is generated. */
export const ldPage: fc.Arbitrary<{ html: string; url: string | null }> = fc
  .record({
    blocks: fc.array(block, { minLength: 1, maxLength: 3 }),
    title: shortText,
    body: fc.oneof(tree, fc.constant('<main><h1>Senior Engineer</h1><p>Apply now.</p></main>'), fc.constant('')),
    url,
  })
  .map(({ blocks, title, body, url: u }) => ({
    html: `<!doctype html><html><head><title>${title}</title>${blocks.map(ld).join('')}</head><body>${body}</body></html>`,
    url: u,
  }));
