// Merges curated and open-data concepts into one table. Curated entries come first and own their aliases;
// an open-data concept whose name or key is already owned is folded into the owner (adding new aliases,
// e.g. ESCO's "comptabilité financière" to Financial Accounting), otherwise it becomes a new concept.
import { normKey } from '../normalize';
import { slug, words } from './util';
import type { RawConcept } from './types';

interface Node {
  id: string;
  name: string;
  category: string;
  parents: string[];
  aliases: Map<string, string>;
  soft: boolean;
}

const bare = (a: string) => a.replace(/^[~^?]/, '');

export class Store {
  nodes: Node[] = [];
  byId = new Map<string, Node>();
  byKey = new Map<string, Node>();
  warnings: string[] = [];
  constructor(private common: Set<string> = new Set()) {}

  private addAlias(node: Node, alias: string, open: boolean, source = ''): void {
    const key = normKey(bare(alias));
    if (!key || /^[\d .]+$/.test(key)) return;
    const owner = this.byKey.get(key);
    if (owner && owner !== node) {
      if (!open) this.warnings.push(`alias "${alias}" of ${node.name} already belongs to ${owner.name}`);
      return;
    }
    if (node.aliases.has(key)) return;
    let a = alias;
    if (open) {
      const w = words(key);
      // Open data: no ordinary words ("Click", "None", "to do"), no bare 2–3 letter acronyms ("MIS", "com").
      if (w.every((x) => this.common.has(x)) && (w.length === 1 || source !== 'esco')) return;
      if (w.length === 1 && /^[a-z]{1,3}$/.test(key)) return;
      if (w.length === 1 && /^[a-z]{4}$/.test(key) && !/^[~^?]/.test(a)) a = '^' + a;
    }
    node.aliases.set(key, a);
    this.byKey.set(key, node);
  }

  add(raw: RawConcept): void {
    const open = raw.source !== 'curated';
    const keys = [raw.name, ...(raw.keys ?? []), ...raw.aliases].map((k) => normKey(bare(k)));
    let node = open ? keys.map((k) => this.byKey.get(k)).find(Boolean) : this.byId.get(slug(raw.name));
    if (!node) {
      if (raw.mergeOnly) return;
      let id = slug(raw.name);
      if (!id) return;
      for (let k = 2; this.byId.has(id); k++) id = `${slug(raw.name)}-${k}`;
      node = { id, name: raw.name, category: raw.category, parents: [], aliases: new Map(), soft: !!raw.soft };
      this.nodes.push(node);
      this.byId.set(id, node);
    } else if (!open && node.name !== raw.name) {
      this.warnings.push(`curated "${raw.name}" collides with "${node.name}"`);
    }
    for (const a of raw.aliases) this.addAlias(node, a, open, raw.source);
    for (const p of raw.parents ?? []) if (!node.parents.includes(p)) node.parents.push(p);
  }

  /** Turns parent names into ids; drops unknown ones with a warning. */
  resolveParents(): void {
    for (const n of this.nodes) {
      n.parents = n.parents
        .map((p) => {
          const hit = this.byId.get(p) ?? this.byKey.get(normKey(p));
          if (!hit) this.warnings.push(`unknown parent "${p}" of ${n.name}`);
          return hit?.id;
        })
        .filter((p): p is string => !!p && p !== n.id);
    }
  }
}
