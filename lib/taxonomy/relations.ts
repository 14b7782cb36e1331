// Relations between concepts, for the scorer: curated "is a" parents (parentsOf, as before) and the open data's
// broader links (ESCO broader concepts and skill groups, O*NET commodity categories). implies(id) is what having
// a concept implies having; impliedBy(id) the concepts that imply it. Concepts of extra-N.json are included when it
// is loaded (always in Node; in the extension after loadTaxonomy(…, { extra: true })).
import type { Concept } from './types';
import { getConcepts } from './index-data';
import { onTaxonomyChange } from './load';

let children: Map<number, number[]> | null = null;
onTaxonomyChange(() => (children = null));

function at(i: number): Concept | undefined {
  return getConcepts().concepts[i];
}
function indexOf(id: string): number | undefined {
  return getConcepts().byId.get(id);
}

/** A name no list holds but whose last words are a concept ("Field Marketing", "Alma Linux", "abas ERP") sits under
 * that concept: its id's longest proper suffix that is a concept's id (not a group's). */
function compoundHead(id: string): string | undefined {
  const { concepts, byId } = getConcepts();
  for (let dash = id.indexOf('-'); dash !== -1; dash = id.indexOf('-', dash + 1)) {
    const i = byId.get(id.slice(dash + 1));
    if (i !== undefined && !concepts[i]!.group) return id.slice(dash + 1);
  }
  return undefined;
}

/** All curated ancestors of a concept (transitive, nearest first), without the concept itself. */
export function parentsOf(id: string): Concept[] {
  const { concepts, byId } = getConcepts();
  const out: Concept[] = [];
  const seen = new Set<string>([id]);
  const start = byId.get(id);
  const head = start === undefined ? compoundHead(id) : undefined;
  const queue = start !== undefined ? [...concepts[start]!.parents] : head ? [head] : [];
  while (queue.length) {
    const p = queue.shift() as string;
    if (seen.has(p)) continue;
    seen.add(p);
    const i = byId.get(p);
    const c = i === undefined ? undefined : concepts[i];
    if (!c) continue;
    out.push(c);
    queue.push(...c.parents);
  }
  return out;
}

/** Direct open-data broader concepts (ESCO broader concept or skill group, O*NET commodity). */
export function broaderOf(id: string): Concept[] {
  const i = indexOf(id);
  if (i === undefined) return [];
  return (getConcepts().broader[i] ?? []).map(at).filter((c): c is Concept => !!c);
}

/** Direct "implies" links of concept i: curated parents, then broader links. */
function up(i: number): number[] {
  const l = getConcepts();
  const out: number[] = [];
  for (const p of l.concepts[i]?.parents ?? []) {
    const j = l.byId.get(p);
    if (j !== undefined) out.push(j);
  }
  out.push(...(l.broader[i] ?? []));
  return out;
}

function walk(start: number, next: (i: number) => number[]): Concept[] {
  const out: Concept[] = [];
  const seen = new Set<number>([start]);
  const queue = next(start);
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    if (seen.has(i)) continue;
    seen.add(i);
    const c = at(i);
    if (!c) continue;
    out.push(c);
    queue.push(...next(i));
  }
  return out;
}

/** Everything having this concept implies (transitive over parents and broader links, nearest first). */
export function implies(id: string): Concept[] {
  const i = indexOf(id);
  return i === undefined ? [] : walk(i, up);
}

/** Every concept whose possession implies this one (transitive, nearest first). */
export function impliedBy(id: string): Concept[] {
  const i = indexOf(id);
  if (i === undefined) return [];
  if (!children) {
    children = new Map();
    const n = getConcepts().concepts.length;
    for (let c = 0; c < n; c++) {
      for (const p of up(c)) {
        const list = children.get(p);
        if (list) list.push(c);
        else children.set(p, [c]);
      }
    }
  }
  const kids = children;
  return walk(i, (k) => kids.get(k) ?? []);
}

/** Look-up-only labels of a concept (every language), when extra-N.json is loaded. */
export function labelsOf(id: string): string[] {
  const l = getConcepts();
  const i = l.byId.get(id);
  const joined = i === undefined ? '' : (l.labels?.[i] ?? '');
  return joined ? joined.split('|') : [];
}
