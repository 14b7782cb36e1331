// Parser for the hand-written vocabulary in ../curated/*.ts.
// One concept a line:   Name | alias; alias; ~ambiguous alias; ^cased alias > Parent; Parent
// "Name =id" keeps the id a concept had under an earlier name: saved profiles and postings hold ids.
// "?generic word" needs a skill context whatever its case; "~Name" / "^Name" / "?Name" flags the name itself; "@category" lines switch the category; "#" starts a comment.
// Multi-word aliases also get their singular/plural twin ("relational database(s)", "linguagem/linguagens de programação").
import type { RawConcept } from './types';

function pluralTwin(alias: string): string | null {
  if (!/^[a-z][a-z ]*[a-z]$/.test(alias) || !alias.includes(' ')) return null;
  const last = alias.slice(alias.lastIndexOf(' ') + 1);
  if (last.length < 4 || /(ss|us|is|ing|ics|ment|ness|ty|ure|ion|ice|ance|ence|ge|al|sis)$/.test(last)) return null;
  if (last.endsWith('ies')) return alias.slice(0, -3) + 'y';
  if (last.endsWith('s')) return alias.slice(0, -1);
  if (/[^aeiou]y$/.test(last)) return alias.slice(0, -1) + 'ies';
  if (/(x|ch|sh)$/.test(last)) return alias + 'es';
  return alias + 's';
}

// Romance compounds put the head first ("linguagem de programação", "base de données"): its other number is the twin.
const ROMANCE = /^(\p{L}+)( (?:de|da|do|dos|das|del|des|du|di) .+)$/u;
const PLURALS: [RegExp, string, RegExp, string][] = [
  // plural ending, its singular; singular ending, its plural
  [/ns$/, 'm', /m$/, 'ns'],
  [/ões$/, 'ão', /ão$/, 'ões'],
  [/iones$/, 'ión', /ión$/, 'iones'],
  [/ores$/, 'or', /or$/, 'ores'],
  [/([aeiouéí])s$/, '$1', /[aeiouéí]$/, '$&s'],
  [/ts$/, 't', /t$/, 'ts'],
];

function romanceTwin(alias: string): string | null {
  const m = ROMANCE.exec(alias);
  if (!m || m[1]!.length < 4) return null;
  const head = m[1]!;
  for (const [plural, single, singular, many] of PLURALS) {
    if (plural.test(head)) return head.replace(plural, single) + m[2];
    if (singular.test(head)) return head.replace(singular, many) + m[2];
  }
  return null;
}

export function parseCurated(text: string, defaultCategory: string): RawConcept[] {
  const out: RawConcept[] = [];
  let category = defaultCategory;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      category = line.slice(1).trim();
      continue;
    }
    const [head = '', parentPart] = line.split(' > ');
    // A name with no aliases may keep its bar: "~Shell | > Scripting".
    const [namePart = '', aliasPart = ''] = head.split(/ \|(?: |$)/);
    const [namePart0 = '', fixedId] = namePart.split(' =');
    const flag = /^[~^?]/.test(namePart0) ? namePart0[0] : '';
    const name = namePart0.replace(/^[~^?]/, '').trim();
    const aliases = [flag + name.toLowerCase()];
    for (const a of aliasPart.split(';').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
      aliases.push(a);
      if (/^[~^?]/.test(a)) continue;
      for (const twin of [romanceTwin(a), pluralTwin(a)]) if (twin) aliases.push(twin);
    }
    const nameTwin = flag ? null : pluralTwin(name.toLowerCase());
    if (nameTwin) aliases.push(nameTwin);
    const parents = (parentPart ?? '').split(';').map((s) => s.trim()).filter(Boolean);
    out.push({ name, id: fixedId?.trim() || undefined, category, aliases, parents, soft: category === 'soft' || undefined, source: 'curated' });
  }
  return out;
}
