// Visa sponsorship, security clearance and work authorisation: short statements, read from the whole text.
import { wb } from './fields/units';
import { literalTrie } from './fields/gated-regexp';
import { splitStatements } from './fields/statements';

/**
 * Lines of the text (shorter than 5000) that contain a gate word: the full patterns then run on a few short
 * lines only. One global search over the whole text finds them, rather than splitting it into lines and
 * testing each (the three extractors below each did that over the same text). No gate word spans a newline,
 * so the lines found are exactly those that split('\n') then gate.test() would keep, in order.
 */
function linesWith(text: string, gate: RegExp): string[] {
  const re = globalOf(gate);
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const end = nl < 0 ? text.length : nl;
    if (end - start < 5000) out.push(text.slice(start, end));
    if (nl < 0) break;
    re.lastIndex = nl + 1; // one entry per line: go on from the next line
  }
  re.lastIndex = 0;
  return out;
}

const globals = new Map<RegExp, RegExp>();
function globalOf(gate: RegExp): RegExp {
  let g = globals.get(gate);
  if (!g) globals.set(gate, (g = new RegExp(gate.source, gate.flags + 'g')));
  return g;
}

// Gate words for the work-authorisation lines, as a trie (see literalTrie): the same lines pass as with the
// flat list "authori[sz]|eligib|entitled|…", at three quarters of the cost over a long text.
const AUTH_GATE = new RegExp(
  literalTrie([
    ...['authoris', 'authoriz', 'eligib', 'entitled', 'permitted', 'right to work', 'legally', 'citizen', 'permit'],
    ...['working rights', 'work rights'],
    ...['arbeitserlaubnis', 'permis', 'permiso', 'werkvergunning', 'able to work'],
  ]),
  'i',
);

const VISA_GATE = /sponsor|visa|H-?1B|patrocin|parrainage|Arbeitserlaubnis/i;
const CLEAR_GATE = /clear/i;

export type VisaSponsorship = 'offered' | 'not_offered' | 'not_said';

// Negations first: "we are unable to sponsor", "without sponsorship", "no visa sponsorship".
const VISA_NO = wb(
  String.raw`(?:unable|not able|cannot|can['’]?t|can not|won['’]?t|will not|do not|don['’]?t|does not|doesn['’]?t|are not|is not|not) (?:currently )?(?:be )?(?:able )?(?:to )?(?:offer|provide|support|sponsor)(?:ing)?(?: \p{L}+)? (?:visas?|sponsorship|work permits?|H-?1B)|(?:unable|not able|cannot|can['’]?t|will not|won['’]?t|do not|does not|don['’]?t) (?:to )?sponsor|no (?:visa )?sponsorship|sponsorship (?:is )?not (?:available|offered|provided|possible)|without (?:the need for )?(?:current or future |future |employer |visa )*sponsorship|not (?:eligible|available) for (?:visa )?sponsorship|keine (?:Visa|Arbeitserlaubnis)|pas de (?:sponsoring|parrainage)|sin patrocinio`
    // Refusals written from the candidate's side: "without requiring sponsorship", "sponsorship will not be
    // provided", "candidates who require sponsorship will not be considered", "does not qualify for sponsorship".
    + String.raw`|without (?:requiring|needing|need of|the need of) (?:current or future |future |employer |visa )*sponsorship|sponsorship (?:will|can|could|would) not be (?:provided|offered|available|possible|considered)|sponsorship (?:cannot|can['’]?t) be (?:provided|offered|considered)|(?:require|requires|requiring|need|needs|needing) (?:visa |employment |work |immigration )?sponsorship (?:now or in the future )?(?:will|can|are|is) not be (?:considered|eligible)|(?:unable|not able) to (?:consider|accept|hire|support) (?:candidates|applicants|anyone|individuals) (?:who|that) (?:will )?(?:now or in the future )?(?:require|need)|not qualify for (?:visa )?sponsorship|not (?:in a position|positioned) to (?:offer |provide )?sponsor(?:ship)?`,
  'i',
);
const VISA_YES = wb(
  String.raw`(?:visa|H-?1B) sponsorship (?:is )?(?:available|offered|provided|possible)|sponsorship (?:is )?available|(?:we|will|can|able to) (?:also )?(?:offer|provide)? ?(?:visa )?sponsor(?:ship)?|(?:offer|provide|including|includes|with) (?:visa )?sponsorship|visa support|relocation (?:and|&) visa|visa (?:and|&) relocation|sponsor (?:your |a )?(?:visa|work permit)|Visa-?Unterstützung|aide au visa|patrocinio de visa`
    + String.raw`|(?:happy|willing|glad|open) to (?:sponsor|provide sponsorship|offer sponsorship)|support (?:with )?(?:your |the )?visa(?: application| process)?|(?:visa|H-?1B) sponsorship (?:is )?(?:also )?(?:an option|on offer)`,
  'i',
);

const MAX_SENTENCE = 600;

/** The sentence of a line that holds what `re` found (a line can be a whole paragraph), at most MAX_SENTENCE long. */
function sentenceOf(line: string, re: RegExp): string {
  const hit = splitStatements(line, true).find((piece) => re.test(piece)) ?? line;
  const t = hit.trim();
  return t.length > MAX_SENTENCE ? `${t.slice(0, MAX_SENTENCE - 1)}…` : t;
}

export interface Stated<T> {
  value: T;
  /** The sentence it was read from; null when nothing was said. */
  sentence: string | null;
}

/** Whether the posting offers visa sponsorship, and the sentence that says so. A refusal anywhere wins. */
export function readVisaSponsorship(text: string): Stated<VisaSponsorship> {
  try {
    const lines = linesWith(text, VISA_GATE);
    const no = lines.find((l) => VISA_NO.test(l));
    if (no !== undefined) return { value: 'not_offered', sentence: sentenceOf(no, VISA_NO) };
    const yes = lines.find((l) => VISA_YES.test(l));
    if (yes !== undefined) return { value: 'offered', sentence: sentenceOf(yes, VISA_YES) };
  } catch {
    // never throws
  }
  return { value: 'not_said', sentence: null };
}

export function findVisaSponsorship(text: string): VisaSponsorship {
  return readVisaSponsorship(text).value;
}

// Clearance levels, longest first. "Secret" alone (Secret Manager) counts only next to "clearance"/"cleared".
const LEVEL = String.raw`TS\s?\/\s?SCI(?: with (?:full[- ]scope |CI )?poly(?:graph)?)?|Top Secret(?:\s?\/\s?SCI)?|Secret|Public Trust|SC|DV|eDV|NV1|NV2|Baseline|BPSS|Q|L`;
const CLEARANCE_RE = wb(
  String.raw`(${LEVEL})(?: \(\p{L}+\))?[- ](?:security |level )?(?:clearance|cleared)|(?:clearance|cleared)(?: level)?\s?(?:[:(–-]|at|to)\s?(?:the )?(${LEVEL})`,
  'i',
);
const CANON: Array<[RegExp, string]> = [
  [/^TS\s?\/\s?SCI with/i, 'TS/SCI with Polygraph'],
  [/^TS\s?\/\s?SCI|^Top Secret\s?\/\s?SCI/i, 'TS/SCI'],
  [/^Top Secret/i, 'Top Secret'],
  [/^Secret/i, 'Secret'],
  [/^Public Trust/i, 'Public Trust'],
  [/^eDV/i, 'eDV'],
  [/^DV/i, 'DV'],
  [/^SC/i, 'SC'],
  [/^NV1/i, 'NV1'],
  [/^NV2/i, 'NV2'],
  [/^Baseline/i, 'Baseline'],
  [/^BPSS/i, 'BPSS'],
  [/^Q$/i, 'Q'],
  [/^L$/i, 'L'],
];

/** The clearance level asked for ("Secret", "TS/SCI", "SC", "DV"), or null. */
export function findSecurityClearance(text: string): string | null {
  try {
    const lines = linesWith(text, CLEAR_GATE);
    let m: RegExpExecArray | null = null;
    for (const l of lines) if (!m) m = CLEARANCE_RE.exec(l);
    if (!m) return lines.some((l) => /\bsecurity clearance\b/i.test(l)) ? 'Security Clearance' : null;
    const raw = (m[1] ?? m[2] ?? '').trim();
    // Single letters ("Q", "L") only as written in capitals, else "l clearance" noise.
    if (raw.length === 1 && raw !== raw.toUpperCase()) return null;
    const level = CANON.find(([re]) => re.test(raw))?.[1] ?? null;
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
    return level === 'TS/SCI' && /poly/i.test(after) ? 'TS/SCI with Polygraph' : level;
  } catch {
    return null;
  }
}

// Where: a country or region after "to work in (the)".
const PLACE = String.raw`(?:the )?(U\.?S\.?A?\.?|United States|UK|U\.K\.|United Kingdom|Canada|EU|European Union|EEA|Australia|Germany|Deutschland|France|Netherlands|Ireland|India|Brazil|Spain|Switzerland|New Zealand|Singapore)`;
const AUTH_RE = wb(
  String.raw`(?:authori[sz]ed|eligible|entitled|permitted|legally able|able) to (?:legally )?work (?:in|within|for) ${PLACE}|(?:right|authori[sz]ation|eligibility) to work (?:in|within) ${PLACE}|${PLACE} (?:work authori[sz]ation|work permit|citizenship|citizen)|(?:working|work) rights (?:in|for|within) ${PLACE}`,
  'i',
);
const CITIZEN_RE = wb(String.raw`(U\.?S\.?|United States|UK|British|Canadian|Australian) (?:citizenship|citizens?)(?: is| are)? (?:required|only)|must be an? (U\.?S\.?|United States|UK|British|Canadian|Australian) (?:citizen|national|resident)`, 'i');
const PERMIT_RE = wb(String.raw`Arbeitserlaubnis|permis de travail|autorisation de travail|permiso de trabajo|werkvergunning|work permit`, 'i');

function placeName(raw: string): string {
  const r = raw.replace(/^the /i, '').replace(/\./g, '').toUpperCase();
  if (r === 'US' || r === 'USA' || r === 'UNITED STATES') return 'the US';
  if (r === 'UK' || r === 'UNITED KINGDOM') return 'the UK';
  if (r === 'EU' || r === 'EUROPEAN UNION' || r === 'EEA') return 'the EU';
  if (r === 'NETHERLANDS') return 'the Netherlands';
  return raw.replace(/^the /i, '');
}

/** The line of `lines` that holds the match at `index` of their join with newlines. */
function lineAt(lines: string[], index: number): string {
  let end = 0;
  for (const l of lines) {
    end += l.length + 1;
    if (index < end) return l;
  }
  return lines[lines.length - 1] ?? '';
}

/** A short normalised statement such as "Must be authorized to work in the US", and its sentence. */
export function readWorkAuthorization(text: string): Stated<string | null> {
  try {
    const lines = linesWith(text, AUTH_GATE);
    text = lines.join('\n');
    const said = (value: string, re: RegExp, at: number) => ({ value, sentence: sentenceOf(lineAt(lines, at), re) });
    const c = CITIZEN_RE.exec(text);
    if (c) {
      const who = (c[1] ?? c[2] ?? '').replace(/\./g, '').toUpperCase();
      const nat = who === 'US' || who === 'UNITED STATES' ? 'US' : who === 'UK' || who === 'BRITISH' ? 'UK' : who.charAt(0) + who.slice(1).toLowerCase();
      return said(`Must be a ${nat} citizen`, CITIZEN_RE, c.index);
    }
    const m = AUTH_RE.exec(text);
    const place = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
    if (m && place) return said(`Must be authorized to work in ${placeName(place)}`, AUTH_RE, m.index);
    const p = PERMIT_RE.exec(text);
    if (p) return said('Must hold a valid work permit', PERMIT_RE, p.index);
  } catch {
    // never throws
  }
  return { value: null, sentence: null };
}

export function findWorkAuthorization(text: string): string | null {
  return readWorkAuthorization(text).value;
}
