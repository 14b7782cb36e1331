// The two generated files. core.json holds what reading a posting and scoring it need: every concept that may
// match (pass 1 of the build) and every concept its parents and broader links reach. extra.json holds the other
// concepts (look-up-only ESCO skills, generic O*NET entries, …) and the look-up labels of all of them, aligned by
// index after core's; the first parse never pays for it.
import type { Node } from './merge';
import { matchIndex } from '../alias';
import type { ConceptTuple, TaxonomyCore, TaxonomyExtra } from '../types';

export function encodeTaxonomy(nodes: Node[], pass1: number): { core: string; extra: string; coreCount: number } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const inCore = new Set<Node>(nodes.slice(0, pass1));
  const queue = [...inCore];
  while (queue.length) {
    const n = queue.pop()!;
    const next = [...n.broader.map((i) => nodes[i]!), ...n.parents.map((p) => byId.get(p)!).filter(Boolean)];
    for (const m of next) {
      if (inCore.has(m)) continue;
      inCore.add(m);
      queue.push(m);
    }
  }
  const order = [...nodes.filter((n) => inCore.has(n)), ...nodes.filter((n) => !inCore.has(n))];
  const pos = new Map(order.map((n, i) => [n, i]));
  const categories = [...new Set(order.map((n) => n.category))];
  const tuple = (n: Node): ConceptTuple => {
    const flags = (n.soft ? 1 : 0) | (n.hot ? 2 : 0) | (n.group ? 4 : 0);
    const broader = n.broader.map((i) => pos.get(nodes[i]!)!).sort((a, b) => a - b);
    return [n.id, n.name, categories.indexOf(n.category), n.parents, [...n.aliases.values()], flags, broader];
  };
  const coreCount = inCore.size;
  const concepts = order.slice(0, coreCount).map(tuple);
  const core: TaxonomyCore = { version: 2, categories, concepts, match: matchIndex(concepts.map((t) => ({ aliases: t[4] }))) };
  const extra: TaxonomyExtra = {
    version: 2,
    coreCount,
    concepts: order.slice(coreCount).map(tuple),
    labels: order.map((n) => [...n.lookup.values()].join('|')),
  };
  return { core: JSON.stringify(core), extra: JSON.stringify(extra), coreCount };
}
