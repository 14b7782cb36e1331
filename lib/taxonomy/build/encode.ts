// The two generated files. core.json holds what reading a posting and scoring it need: every concept that may
// match (pass 1 of the build) and every concept its parents and broader links reach. extra-N.json holds the other
// concepts (look-up-only ESCO skills, generic O*NET entries, …) and the look-up labels of all of them, aligned by
// index after core's; the first parse never pays for it.
import type { Node } from './merge';
import { matchIndex, splitFlag } from '../alias';
import { normKey } from '../normalize';
import type { ConceptTuple, TaxonomyCore, TaxonomyExtra } from '../types';

const PART_BYTES = 3.5 * 1024 * 1024;

export function encodeTaxonomy(nodes: Node[], pass1: number): { core: string; extra: string[]; coreCount: number } {
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
    return [n.id, n.name, categories.indexOf(n.category), n.parents, flags, broader];
  };
  const coreCount = inCore.size;
  const concepts = order.slice(0, coreCount).map(tuple);
  const extraConcepts = order.slice(coreCount).map(tuple);
  const labels = order.map((n) => [...n.lookup.values()].join('|'));
  // Greedy parts by size: concepts first, then labels; the loader joins each list in part order.
  const extra: TaxonomyExtra[] = [];
  let cur: TaxonomyExtra | null = null;
  let size = 0;
  const take = (len: number) => {
    if (!cur || (size + len > PART_BYTES && size > 0)) {
      cur = { version: 3, coreCount, part: extra.length + 1, concepts: [], labels: [] };
      extra.push(cur);
      size = 0;
    }
    size += len;
    return cur;
  };
  for (const t of extraConcepts) take(JSON.stringify(t).length + 1).concepts.push(t);
  for (const l of labels) take(JSON.stringify(l).length + 1).labels.push(l);
  const parts = extra.length;
  const coreNodes = order.slice(0, coreCount);
  const match = matchIndex(coreNodes.map((n) => ({ aliases: [...n.aliases.values()] })));
  const aliasKeys = new Set(coreNodes.flatMap((n) => [...n.aliases.values()].map((a) => normKey(splitFlag(a)[0]))));
  const nameKeys = [...new Set(coreNodes.filter((n) => !n.group).map((n) => normKey(n.name)))].filter((k) => k && !aliasKeys.has(k));
  const core: TaxonomyCore = { version: 3, categories, concepts, extraParts: parts, match, nameKeys };
  return { core: JSON.stringify(core), extra: extra.map((e) => JSON.stringify(e)), coreCount };
}
