// Named certificates and licences the posting asks for, required or preferred, in text order.
import type { Unit } from './types';
import { CATALOG } from './fields/cert-catalog';
import { requirementUnits, wb } from './fields/units';
import { execAll, literalTrie } from './fields/gated-regexp';
import { textMemo } from './fields/memo';
import { findSecurityClearance } from './extras';

interface Hit {
  name: string;
  start: number;
  end: number;
}
interface Rule {
  re: RegExp;
  name: string;
  cue: boolean;
}

const RULES: Rule[] = CATALOG.flatMap((e) => {
  const out: Rule[] = [];
  if (e.cs) out.push({ re: wb(e.cs, 'g'), name: e.name, cue: !!e.cue });
  if (e.ci) out.push({ re: wb(e.ci, 'gi'), name: e.name, cue: !!e.cue });
  return out;
});
// Cheap gate over a unit: one pass of every name, case-sensitive acronyms and case-insensitive names.
const CS_NAMES = CATALOG.filter((e) => e.cs).map((e) => e.cs).join('|');
const GATE_CS = wb(CS_NAMES);
// The case-insensitive names (the ~60-way alternation costs ~58 ns a character) and CI_EXTRAS below are tried
// only where one of these stems occurs: every such name contains one of NAME_STEMS, every extra word one of
// NAME_STEMS or EXTRA_STEMS (same flags, so case folding agrees). Keep them in step when adding a catalog
// entry. Speed only: the answer is as without them.
const NAME_STEMS = [
  ...['certifi', 'licen', 'nurs', 'chartered', 'qualified', 'azure', 'terraform', 'comptia', '27001', 'project manag'],
  ...['prince', 'itil', 'togaf', 'scrum', 'agilist', 'belt', 'icaew', 'series', 'steuerberater', 'wirtschaftspr'],
  ...['comptable', 'physician', 'technician', 'life support', 'first aid', 'fachar', 'fachär', 'approbation', 'gas'],
  ...['mocopa', 'th edition', '7671', 'nvq', 'badge', 'credential', 'admi', 'member of', 'zulassung', 'barreau'],
  ...['training', 'ceng'],
];
const EXTRA_STEMS = ['google', 'gcp', 'aws', 'amazon web', 'driv', 'führerschein', 'permis', 'carnet', 'rijbewijs', 'carteira', 'cnh', 'clear'];
const GATE_CI_STEMS = new RegExp(literalTrie([...NAME_STEMS, ...EXTRA_STEMS]), 'iu');
const CI_NAME_STEMS = new RegExp(literalTrie(NAME_STEMS), 'iu');
// Words besides the catalog's names that make a unit worth reading (the vendor and driving patterns below).
const CI_EXTRAS = new RegExp('Google|GCP|AWS|Amazon Web|Azure|driv|Führerschein|permis|carnet|licencia|rijbewijs|carteira|CNH|certifi|clear|licen|credential', 'iu');
// Every rule's pattern, look-arounds aside, is a branch of one of these two. When neither matches anywhere, no
// rule can, and hitsIn skips the ~100 rule scans at once: most texts it reads name a cloud ("GCP at depth")
// for the vendor patterns, and no catalog name. Same flags as the rules.
const RULES_CS = new RegExp(CS_NAMES, 'u');
const RULES_CI = new RegExp(CATALOG.filter((e) => e.ci).map((e) => e.ci).join('|'), 'iu');
const anyCiName = (text: string) => CI_NAME_STEMS.test(text) && RULES_CI.test(text);
const CUE = /certif|licen[cs]|credential|zertifi|Zertifikat|certificación|certificação|accredit/i;
// Certificates the hire earns on the job are not asked for.
const TRAINING = wb(
  String.raw`(?:we|we['’]ll|we will|the company) (?:will )?(?:provide|pay for|fund|support|sponsor|cover)|you will (?:obtain|earn|gain|achieve|receive|be trained)|opportunit(?:y|ies) to (?:gain|obtain|earn|achieve)|training (?:towards|to obtain|leading to)|paid (?:certification|training)|wir finanzieren|formation (?:financée|prise en charge)`,
  'i',
);

const GCP_RE = wb(String.raw`(?:Google(?: Google)?(?: Cloud)?|GCP)(?: Certified)? Professional`, 'gi');
const GCP_ROLES: Array<[RegExp, string]> = [
  [wb('(?:Cloud )?Architect', 'i'), 'Cloud Architect'],
  [wb('(?:Cloud )?Dev ?Ops', 'i'), 'Cloud DevOps Engineer'],
  [wb('(?:Cloud )?Security', 'i'), 'Cloud Security Engineer'],
  [wb('Machine Learning|ML', 'i'), 'Machine Learning Engineer'],
  [wb('Data Engineer', 'i'), 'Data Engineer'],
  [wb('(?:Cloud )?Developer', 'i'), 'Cloud Developer'],
  [wb('(?:Cloud )?Network(?:ing)?', 'i'), 'Cloud Network Engineer'],
  [wb('(?:Cloud )?Database', 'i'), 'Cloud Database Engineer'],
];
const AWS_RE = wb(
  String.raw`(?:AWS|Amazon Web Services)(?: Certified)?:? (Solutions Architect|Developer|SysOps Administrator|DevOps Engineer|Cloud Practitioner|Security|Machine Learning|Data Engineer|Data Analytics|Database|Advanced Networking)(?:\s?[-–]\s?|\s)?(Associate|Professional|Specialty)?`,
  'gi',
);
const GENERIC_CLOUD = wb(String.raw`(AWS|Azure|GCP|Google Cloud)(?: cloud)? certifi\p{L}*|certifi\p{L}* (?:in|on) (AWS|Azure|GCP|Google Cloud)`, 'gi');
const DRIVING = wb(
  String.raw`(?:(UK|US|EU|European|Canadian|Australian|Irish) )?(driver['’]?s['’]? licen[cs]e|driving licen[cs]e|driver licen[cs]e)|Führerscheins?(?: der)?(?: ?Klasse)?(?: ?([BC]E?|C1E?))?|permis (?:de conduire|(B))|carnet de conducir(?: ([BC]))?|permiso de conducir|licencia de conducir|rijbewijs(?: ([BC]E?))?|carteira de motorista|CNH`,
  'gi',
);
// A licence, credential or certificate the sentence names: "a valid professional home inspector's license",
// "Nebraska license as a Respiratory Care Practitioner", "MACTE approved Montessori credential". The words
// before the cue (up to four, after a validity word or as a capitalised run) or the profession after "as a"
// make the name; a bare "relevant certifications" names nothing.
const NAMED_LICENCE = wb(
  String.raw`(?:(?:valid|current|active|unrestricted|full|clean)\s((?:[\p{L}][\p{L}'’-]{0,30}\s){1,4}?)|((?:\p{Lu}[\p{L}'’-]{0,30}\s){1,4}))([Ll]icen[cs]e|[Cc]redential|[Cc]ertificate)(?:\s(?:as|als|comme|como)\san?\s((?:\p{Lu}[\p{L}-]{0,30}\s?){1,4}))?`,
  'gu',
  // Every match holds its cue word: lines without one (nearly all) skip the word-by-word scan.
  String.raw`[Ll]icen[cs]e|[Cc]redential|[Cc]ertificate`,
);
const STATUS_WORDS = /\s?\b(?:Required|Preferred|Desired|Mandatory|Required and|Preferred and)\b.*$/;
// "Registered Respiratory Therapist (RRT) credential": the acronym in brackets is the name.
const ACRONYM_CREDENTIAL = /\(([A-Z]{2,6}(?:-[A-Z]{2,4})?)\)\s(?:credential|certification|certificate|licen[cs]e)/g;
const SCHOOLING = /\b(?:university|college|school|degree|diploma|graduate|bachelor|master|high school|GED)\b/i;
const VAGUE = /^(?:(?:relevant|appropriate|applicable|required|necessary|any|all|other|the|a|an|and|or|of|your|their|his|her|professional|state|driver['’]?s?|driving|the following|such)\s)*$/i;
const title = (s: string) => s.trim().replace(/(^|\s)(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase()).replace(/['’]s$/, '');
const CERT_AS = wb(String.raw`certifi(?:cation|ed) as an? ([\p{L} -]{3,60})`, 'gi');

function expand(name: string, m: RegExpExecArray): string {
  return name.replace('$&', m[0]).replace('$1', m[1] ?? '').trim();
}

/** No hit so far overlaps [s, e). */
function free(hits: readonly Hit[], s: number, e: number): boolean {
  return hits.every((h) => e <= h.start || s >= h.end);
}

/** Adds a hit unless an earlier (more specific) one already covers part of it. */
function add(hits: Hit[], name: string, s: number, e: number): void {
  if (free(hits, s, e)) hits.push({ name, start: s, end: e });
}

/**
 * Every certificate mention in one unit's text, overlaps dropped (first, more specific rule wins). `anyRule`
 * false says no catalog rule matches anywhere in the text.
 */
function hitsIn(text: string, anyRule: boolean): Hit[] {
  const hits: Hit[] = [];
  const cue = CUE.test(text);
  for (const m of execAll(GCP_RE, text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end, end + 120).split(/[.;\n]/)[0] ?? '';
    const roles = GCP_ROLES.filter(([re]) => re.test(rest)).map(([, r]) => r);
    const names = roles.length > 0 ? roles : ['Certification'];
    // One span covers vendor and roles so the skill matcher skips "Cloud Architect" there.
    for (const r of names) hits.push({ name: `Google Cloud Professional ${r}`, start: m.index, end: end + rest.length });
  }
  for (const m of execAll(AWS_RE, text)) {
    if (!/certif/i.test(m[0]) && !cue) continue;
    add(hits, `AWS Certified ${m[1] ?? ''}${m[2] ? ` – ${m[2]}` : ''}`, m.index, m.index + m[0].length);
  }
  for (const rule of anyRule ? RULES : []) {
    if (rule.cue && !cue) continue;
    for (const m of execAll(rule.re, text)) {
      const end = m.index + m[0].length;
      // "experience at a CPA firm": the acronym names a workplace, not a certificate held.
      if (/^\s?(?:firms?|practices?)\b/i.test(text.slice(end, end + 12))) continue;
      add(hits, expand(rule.name, m), m.index, end);
    }
  }
  for (const m of execAll(DRIVING, text)) {
    const uk = /driving licen[cs]e/i.test(m[0]);
    const cls = m[3] ?? m[4] ?? m[5] ?? m[6];
    // Outside English the licence is named by its European class: "Führerschein Klasse B", "permis B".
    const name = cls ? `Driving Licence (Class ${cls.toUpperCase()})` : uk || !/driver/i.test(m[0]) ? `${m[1] ? `${m[1]} ` : ''}Driving Licence` : "Driver's License";
    add(hits, name, m.index, m.index + m[0].length);
  }
  for (const m of execAll(ACRONYM_CREDENTIAL, text)) add(hits, m[1]!, m.index, m.index + m[0].length);
  for (const m of execAll(NAMED_LICENCE, text)) {
    const before = (m[1] ?? m[2] ?? '').replace(/\s(?:and|or|with|a|an|the)\s?$/i, ' ');
    const who = m[4]?.replace(STATUS_WORDS, '').trim();
    if ((VAGUE.test(before) && !who) || SCHOOLING.test(before)) continue; // a degree is not a licence
    const place = VAGUE.test(before) ? '' : title(before);
    const kind = /^licen/i.test(m[3]!) ? 'License' : title(m[3]!);
    add(hits, `${place ? `${place} ` : ''}${who ? `${who} ` : ''}${kind}`.replace(/\s+/g, ' '), m.index, m.index + m[0].length);
  }
  for (const m of execAll(GENERIC_CLOUD, text)) {
    const v = (m[1] ?? m[2] ?? '').toLowerCase();
    const vendor = v === 'aws' ? 'AWS' : v === 'azure' ? 'Microsoft Azure' : 'Google Cloud';
    if (hits.some((h) => h.name.startsWith(vendor.split(' ')[0] ?? ''))) continue;
    add(hits, `${vendor} Certification`, m.index, m.index + m[0].length);
  }
  for (const m of execAll(CERT_AS, text)) {
    // "Certification as a RN, PA, …" is covered by the catalog; "as a risk adjustment coder" is not.
    const s = m.index;
    const e = s + m[0].length;
    if (!free(hits, e - (m[1] ?? '').length, e)) continue;
    const what = (m[1] ?? '').trim().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    add(hits, `${what} Certification`, s, e);
  }
  const level = findSecurityClearance(text);
  if (level) {
    const at = text.search(/clearance|cleared/i);
    add(hits, level === 'Security Clearance' ? level : `${level} Clearance`, Math.max(0, at), Math.max(0, at) + 9);
  }
  return spelledOut(text, hits.sort((a, b) => a.start - b.start));
}

/** Between a credential's short name and its spelled-out name ("BCLS - Basic Life Support", "PALS (Pediatric…"). */
const SPELLED_OUT = /^\s?(?:[-–—:]\s?|\()$/;

/** Hits sorted by start, without those that only spell out the hit just before them: "BCLS - Basic Life Support"
 * asks for one credential, BCLS, not for BCLS and BLS. */
function spelledOut(text: string, hits: Hit[]): Hit[] {
  return hits.filter((h, i) => {
    const prev = hits[i - 1];
    return !prev || !SPELLED_OUT.test(text.slice(prev.end, h.start)) || /\s/.test(text.slice(prev.start, prev.end));
  });
}

// The skill extractor and findCertifications read the same requirement units: run the catalog once per
// text (see memo.ts). null when the cheap gate says the text names no certificate at all.
const gatedHits = textMemo((text: string): readonly Hit[] | null => {
  const cs = RULES_CS.test(text); // GATE_CS's own pre-check: its bare pattern
  if (cs && GATE_CS.test(text)) return hitsIn(text, true);
  // A case-insensitive name or an extra word, after their stems.
  if (!GATE_CI_STEMS.test(text)) return null;
  if (CI_EXTRAS.test(text)) return hitsIn(text, cs || anyCiName(text));
  return anyCiName(text) ? hitsIn(text, true) : null;
});

/** Certificate and licence names asked for in the requirement units (pass every unit), deduped. */
export function findCertifications(units: Unit[]): string[] {
  const names: string[] = [];
  try {
    for (const u of requirementUnits(units)) {
      if (TRAINING.test(u.text)) continue; // certificates earned on the job are not asked for
      const hits = gatedHits(u.text);
      if (!hits) continue;
      for (const h of hits) if (!names.includes(h.name)) names.push(h.name);
    }
  } catch {
    // keep what was found
  }
  return withoutRepeats(names);
}

/** "Commercial Driver's License (CDL)" after "Class A CDL": one licence named twice keeps its first, fuller name. */
function withoutRepeats(names: string[]): string[] {
  const short = (n: string) => /\(([A-Z][\w-]+)\)$/.exec(n)?.[1] ?? (/^[A-Z][A-Z0-9-]+$/.test(n) ? n : null);
  const words = (n: string) => n.split(/[\s()]+/);
  return names.filter((n, i) => {
    const a = short(n);
    return !a || !names.some((o, j) => j !== i && j < i && words(o).includes(a));
  });
}

/**
 * Spans of one unit's text taken by certificates, so the skill matcher does not also list "Kubernetes"
 * from "Kubernetes certification (CKA)" or "Cloud Architect" from a GCP certificate name.
 */
export function certificationSpans(unitText: string): Array<[number, number]> {
  try {
    return (gatedHits(unitText) ?? []).map((h) => [spelledOutFrom(unitText, h.start, h.end), h.end]);
  } catch {
    return [];
  }
}

/**
 * Where a certificate's spelled-out name starts, when it stands before its acronym in brackets ("Certified Public
 * Accounting (CPA)": the words whose initials spell CPA), so that no skill is read from the name ("Accounting");
 * else `start`.
 */
function spelledOutFrom(text: string, start: number, end: number): number {
  if (text[start - 1] !== '(' || text[end] !== ')') return start;
  const acronym = text.slice(start, end).replace(/[^A-Z]/g, '');
  if (acronym.length < 2 || acronym.length > 8) return start;
  const before = text.slice(Math.max(0, start - 1 - 16 * acronym.length), start - 1).trimEnd();
  const words = before.split(' ');
  const named = words.slice(-acronym.length);
  if (named.length !== acronym.length || named.some((w, k) => w[0] !== acronym[k])) return start;
  let b = start - 1;
  while (b > 0 && text[b - 1] === ' ') b--;
  return b - named.join(' ').length;
}

/** Certificate and licence names in one line of a CV, in order: a CV lists what the person holds, so no gating by part. */
export function certificationsNamed(line: string): string[] {
  try {
    return withoutRepeats([...new Set((gatedHits(line) ?? []).map((h) => h.name))]);
  } catch {
    return [];
  }
}
