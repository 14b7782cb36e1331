// Merges curated and open-data concepts into one table. Curated entries come first and own their aliases;
// an open-data concept whose name or key is already owned is folded into the owner (adding new aliases,
// e.g. ESCO's "comptabilité financière" to Financial Accounting), otherwise it becomes a new concept.
// Two passes: add() for concepts with labels that may match (their ids do not depend on the look-up-only data),
// then addLookupOnly() for the rest of the open data (ESCO verb-phrase skills, generic O*NET entries, groups).
import { normKey } from '../normalize';
import { slug, words } from './util';
import type { RawConcept } from './types';

export interface Node {
  id: string;
  name: string;
  category: string;
  parents: string[];
  aliases: Map<string, string>;
  /** Look-up-only labels by key. */
  lookup: Map<string, string>;
  /** Open-data broader refs, resolved to node indices by resolveBroader(). */
  broaderRefs: Set<string>;
  broader: number[];
  soft: boolean;
  hot: boolean;
  group: boolean;
}

const bare = (a: string) => a.replace(/^[~^?]/, '');

export class Store {
  nodes: Node[] = [];
  byId = new Map<string, Node>();
  byKey = new Map<string, Node>();
  /** Names of every node (by key), for the look-up-only pass. */
  byName = new Map<string, Node>();
  byRef = new Map<string, Node>();
  warnings: string[] = [];
  constructor(
    private common: Set<string> = new Set(),
    /** Ordinary words of the other languages (commonWords.ts): an open-data name spelt as one needs a context. */
    private foreign: Set<string> = new Set(),
    private foreignNouns: Set<string> = new Set(),
  ) {}

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
      // "Assembler et positionner les armatures", "esprit de synthèse", "a nivel de proyecto": not Assembly, ESPRIT or
      // Blueprint Reading. ESCO's own foreign labels too: one ordinary word is a skill only where a skill is asked for.
      const ordinary = this.foreign.has(key) || (source !== 'esco' && this.foreignNouns.has(key));
      if (w.length === 1 && ordinary && !/^[~?]/.test(a)) a = '~' + a.replace(/^\^/, '');
    }
    node.aliases.set(key, a);
    node.lookup.delete(key);
    this.byKey.set(key, node);
  }

  private newNode(raw: RawConcept): Node | undefined {
    let id = raw.id ?? slug(raw.name);
    if (!id) return undefined;
    for (let k = 2; this.byId.has(id); k++) id = `${slug(raw.name)}-${k}`;
    const node: Node = {
      id, name: raw.name, category: raw.category, parents: [], aliases: new Map(), lookup: new Map(),
      broaderRefs: new Set(), broader: [], soft: !!raw.soft, hot: false, group: !!raw.group,
    };
    this.nodes.push(node);
    this.byId.set(id, node);
    const nk = normKey(raw.name);
    if (!this.byName.has(nk)) this.byName.set(nk, node);
    return node;
  }

  /** What every source adds to the node it lands in, whichever pass placed it. */
  private attach(node: Node, raw: RawConcept): void {
    if (raw.ref && !this.byRef.has(raw.ref)) this.byRef.set(raw.ref, node);
    for (const b of raw.broader ?? []) node.broaderRefs.add(b);
    if (raw.hot) node.hot = true;
    for (const l of [raw.name, ...(raw.keys ?? []), ...(raw.lookup ?? []), ...raw.aliases.map(bare)]) {
      const key = normKey(l);
      if (!key || node.aliases.has(key) || node.lookup.has(key) || key === normKey(node.name)) continue;
      node.lookup.set(key, l.replace(/\|/g, ' ')); // "|" separates labels in labels.json
    }
  }

  /** Pass 1: a concept whose aliases may match free text. Returns the node it landed in, if any. */
  add(raw: RawConcept): Node | undefined {
    const open = raw.source !== 'curated';
    const keys = [raw.name, ...(raw.keys ?? []), ...raw.aliases].map((k) => normKey(bare(k)));
    let node = open ? keys.map((k) => this.byKey.get(k)).find(Boolean) : this.byId.get(raw.id ?? slug(raw.name));
    if (!node) {
      if (raw.mergeOnly) return undefined;
      node = this.newNode(raw);
      if (!node) return undefined;
    } else if (!open && node.name !== raw.name) {
      this.warnings.push(`curated "${raw.name}" collides with "${node.name}"`);
    }
    for (const a of raw.aliases) this.addAlias(node, a, open, raw.source);
    for (const p of raw.parents ?? []) if (!node.parents.includes(p)) node.parents.push(p);
    if (open) this.attach(node, raw);
    return node;
  }

  /** Pass 2: an open-data concept none of whose labels may match: folded into the concept that owns its name, or
   * a new concept that only look-ups find. Groups always stay nodes of their own. */
  addLookupOnly(raw: RawConcept): Node | undefined {
    const key = normKey(raw.name);
    let node = raw.group ? undefined : (this.byKey.get(key) ?? this.byName.get(key));
    if (node?.group) node = undefined;
    node ??= this.newNode({ ...raw, aliases: [] });
    if (node) this.attach(node, raw);
    return node;
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

  /** Turns broader refs into node indices (unknown refs, e.g. ESCO concepts outside the staged files, are dropped). */
  resolveBroader(): void {
    const index = new Map(this.nodes.map((n, i) => [n, i]));
    for (const n of this.nodes) {
      const self = index.get(n);
      n.broader = [...new Set([...n.broaderRefs].map((r) => this.byRef.get(r)).filter((b): b is Node => !!b).map((b) => index.get(b)!))]
        .filter((i) => i !== self)
        .sort((a, b) => a - b);
    }
  }
}
