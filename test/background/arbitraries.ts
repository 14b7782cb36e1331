// fast-check generators for the message fuzz tests: valid messages, mutations that each break a message (so a
// mutated message is never valid, however many are applied), random values, and senders.
import fc from 'fast-check';
import { SELF, SENDERS, UNKNOWN_SENDERS } from './fixtures';

type Json = Record<string, unknown>;

/** Every key the protocol's messages have, at any depth. */
const SCHEMA_KEYS = ['type', 'url', 'page', 'text', 'header', 'title', 'company', 'salaryText', 'locationText', 'source', 'board', 'host', 'tabId', 'what', 'sentence'];
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
/** Longer than any string field allows. */
const HUGE = 'x'.repeat(400_001);

/** A value nested `depth` levels deep, in objects or arrays. */
export const deep = fc.tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

/** A value no field of any message accepts: not a bounded string, not a non-negative integer, not null (which the
 *  nullable text fields take). */
const alien = fc.oneof(
  fc.constantFrom<unknown>(HUGE, true, false, NaN, Infinity, -Infinity, -0, -1, 1.5, 2 ** 53, 10n, undefined),
  fc.constantFrom('array', 'object').map((k) => (k === 'array' ? [] : {})), // fresh each time: mutations may add keys
  fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  deep,
);
const unknownKey = fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !SCHEMA_KEYS.includes(k)));

const tabId = fc.nat({ max: 1_000_000 });
const text = (max: number) => fc.string({ maxLength: max });
const page = fc.record({
  text: text(300),
  header: fc.record({ title: fc.option(text(60)), company: fc.option(text(60)), salaryText: fc.option(text(60)), locationText: fc.option(text(60)) }),
  source: fc.constantFrom('jsonld', 'board', 'generic', 'selection'),
  board: fc.option(text(40)),
});

/** Valid messages of every type the background accepts. */
export const validToBackground: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant('page:posting'), url: fc.webUrl(), page }),
  fc.record({ type: fc.constant('page:none'), url: fc.webUrl() }),
  fc.record({ type: fc.constant('panel:open') }),
  fc.record({ type: fc.constant('overlay:dismiss'), host: fc.domain() }),
  fc.record({ type: fc.constant('report:get'), tabId }),
  fc.record({ type: fc.constant('tab:evaluate'), tabId, what: fc.constantFrom('page', 'selection') }),
  fc.record({ type: fc.constant('posting:save'), tabId }),
  fc.record({ type: fc.constant('page:highlight'), tabId, sentence: text(200) }),
);

/** Valid background → content messages. */
export const validToContent: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ type: fc.constant('highlight'), sentence: text(200) }),
  fc.record({ type: fc.constant('reevaluate') }),
);

/** The paths to every value inside a message, three levels deep at most (page.header.title), the depth of the
 *  deepest message; values a mutation put there are not looked into. */
function paths(o: Json, prefix: string[] = []): string[][] {
  return Object.entries(o).flatMap(([k, v]) => {
    const here = [...prefix, k];
    return v && typeof v === 'object' && !Array.isArray(v) && here.length < 3 ? [here, ...paths(v as Json, here)] : [here];
  });
}

function at(o: Json, path: string[]): Json | null {
  let cur: unknown = o;
  for (const k of path) cur = cur && typeof cur === 'object' ? (cur as Json)[k] : null;
  return cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Json) : null;
}

type Mutation = (m: Json, pick: number) => void;

/** Each breaks the message on its own and none restores a schema key, so any sequence of them leaves it invalid. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  alien.map((v): Mutation => (m, pick) => {
    const all = paths(m).filter((p) => SCHEMA_KEYS.includes(p.at(-1)!));
    const path = all[pick % all.length];
    const parent = path && at(m, path.slice(0, -1));
    if (parent) Object.defineProperty(parent, path.at(-1)!, { value: v, enumerable: true, configurable: true, writable: true });
  }),
  fc.constant<Mutation>((m, pick) => {
    const all = paths(m).filter((p) => SCHEMA_KEYS.includes(p.at(-1)!));
    const path = all[pick % all.length];
    const parent = path && at(m, path.slice(0, -1));
    if (parent) delete parent[path.at(-1)!];
  }),
  fc.tuple(unknownKey, fc.jsonValue({ maxDepth: 2 })).map(([key, v]): Mutation => (m, pick) => {
    const objects = [[], ...paths(m)].map((p) => at(m, p)).filter((o): o is Json => o !== null);
    const target = objects[pick % objects.length]!;
    Object.defineProperty(target, key, { value: v, enumerable: true, configurable: true, writable: true });
  }),
);

/** A valid message broken by one to three mutations, or wrapped into something that is not a message. */
export function mutated(valid: fc.Arbitrary<Json>): fc.Arbitrary<unknown> {
  const broken = fc
    .tuple(valid, fc.array(fc.tuple(mutation, fc.nat()), { minLength: 1, maxLength: 3 }))
    .map(([m, ms]) => {
      const copy = structuredClone(m);
      for (const [f, pick] of ms) f(copy, pick);
      return copy;
    });
  const wrapped = valid.chain((m) => fc.constantFrom<unknown>([m], { message: m }, JSON.stringify(m), { data: m }, m.type));
  return fc.oneof({ weight: 4, arbitrary: broken }, { weight: 1, arbitrary: wrapped });
}

/** Random values of every shape, JSON and not (null prototypes, boxed values, sparse arrays, -0, NaN). */
export const randomValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 4, withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.jsonValue({ maxDepth: 6 }),
  fc.record({ type: fc.string({ maxLength: 20 }) }, { requiredKeys: [] }),
  deep,
);

const randomSender = fc.record(
  {
    id: fc.constantFrom(SELF.id, 'zyxwvutsrqponmlk', ''),
    url: fc.oneof(fc.constant(`${SELF.baseUrl}sidepanel.html`), fc.webUrl(), fc.constant('file:///x.html'), fc.string()),
    origin: fc.oneof(fc.webUrl(), fc.constant(SELF.baseUrl.slice(0, -1))),
    frameId: fc.constantFrom(0, 1, 7, NaN, -1),
    tab: fc.record({ id: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constantFrom(NaN, -0, 0.5)) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** Senders of every description: half the extension's own (so payloads get past the sender check), near misses,
 *  and random ones. */
export const anySender: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(...Object.values(SENDERS)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(...Object.values(UNKNOWN_SENDERS)) },
  { weight: 1, arbitrary: randomSender },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);
