// Open vocabulary: named things a requirement line asks for that no list holds (Zigbee, UART, CAN bus, RS-232,
// P&ID, abas ERP, Mimecast). They become items whose id is the one the profile editor gives a skill typed as
// is (skillSlug), so "Zigbee" in a profile matches "Zigbee" in a posting.
// Precision first: a name is taken only when its shape says it is a name (an acronym, CamelCase, letters with
// digits; a capitalised word only in English text, away from a sentence start and never seen in lower case in
// the posting) and when it stands in a list with other items or right after a skill cue ("experience with",
// "Kenntnisse in", "maîtrise de", "experiencia en", "ervaring met", "experiência com").
import type { SkillMatch } from './types';
import { skillSlug } from '../db/slug';
import { coreKnowsName } from '../taxonomy/match';
import { UNSPACED_CHARS } from '../taxonomy/normalize';
import { textMemo } from './fields/memo';

/** A name-shaped word: letters, digits and the joiners names use inside ("RS-232", "P&ID", "S7-1500"). */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[&.\-+#](?=[\p{L}\p{N}]))*[+#]*/gu;
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]`, 'g');
const ACRONYM = /^(?=(?:[^\p{Ll}]*\p{Lu}){2})[\p{Lu}\p{N}&\-+#.]+$/u; // UART, RS-232, P&ID, I2C
const CAMEL = /^\p{L}*\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}/u; // ServiceNow, iOS, proALPHA, PDFs excluded below
const ALNUM = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}\-.]+$/u; // S7-1500, X12
const CAPITAL = /^\p{Lu}\p{Ll}{2,}$/u; // Mimecast
// Class nouns that belong to the name before them ("CAN bus", "Modbus protocol") or make a lower-case brand a
// name ("abas ERP").
const CLASS_AFTER = new Set(['bus', 'protocol', 'protocols', 'erp', 'crm', 'cms', 'plc', 'sdk', 'api']);
const CLASS_UPPER = new Set(['ERP', 'CRM', 'CMS', 'PLC', 'SDK']);

// Shapes that are names but not skills: regions, time zones, currencies, titles, company forms, degrees,
// contract and gender markers, document words.
const NOT_SKILLS = new Set(
  (
    'us usa uk eu eea emea apac latam amer anz uae cet cest est edt pst pdt cst mst utc gmt ist aest bst ' +
    'usd eur gbp cad aud chf inr brl mxn pln sek nok dkk ' +
    'ceo cto cfo coo cio cmo cpo vp svp evp hr it ' +
    'fte pto kpi kpis okr okrs roi tbd asap faq hq eeo eoe ada ' +
    'llc inc ltd gmbh ag sa bv nv sl sas sarl srl spa ab oy as se kg ohg ug ' +
    'bs bsc ba bba ms msc ma mba phd md jd mph ged hbo mbo wo bts dut bac ' +
    'cdi cdd h/f f/h m/f f/m m/w/d w/m/d m/f/d h/f/x ' +
    'and or not must nice plus we you all the new cv pdf pdfs faqs ie eg etc ' +
    'b2b b2c b2g d2c saas paas iaas ' +
    'english german french spanish dutch portuguese italian swedish polish chinese japanese korean russian arabic ' +
    'hindi turkish czech danish norwegian finnish greek hebrew hungarian romanian ukrainian vietnamese thai ' +
    'indonesian malay mandarin cantonese bulgarian croatian serbian slovak catalan englisch deutsch anglais ' +
    'allemand français espagnol inglés alemán francés engels duits frans inglês alemão francês cap bep wsj ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    // a bucket or quality word in a list ("Go (Preferred), Rust")
    'preferred required optional mandatory bonus desired desirable ideal ideally advantage similar equivalent other others'
  ).split(' '),
);
// The generic nouns of work, capitalised in title-cased text: a name of their own only joined to another word ("Ant
// Design", "Core Data"), never alone ("Design, Build, Support") nor as the tail of a known name ("RESTful API Design").
const GENERIC_NOUNS = new Set(
  ('design support development architecture integration services service systems system solutions solution platform ' +
    'platforms framework frameworks tools tool data cloud security operations analytics management engineering testing ' +
    'delivery infrastructure network networks software hardware application applications web mobile environment environments').split(' '),
);
const onlyGeneric = (words: string) => words.split(/\s+/).every((w) => !w || GENERIC_NOUNS.has(w.toLowerCase()));

// Endings of ordinary nouns and adjectives that are capitalised in a title or a German sentence.
const ORDINARY_END = /(?:ung|heit|keit|schaft|tion|sion|ment|ness|ship|ity|ism|ance|ence|ics|ing|ies|ous|ive|ful|able|ible|ical|ogy|ist|ists|ers|ors|ees)$/;
// Articles and class words between a cue and its object ("connaissance de la norme ISO 17020").
const TAIL = String.raw`(?:\s+(?:the|an?|la|le|les|el|los|las|der|die|das|den|dem|het|os|as|norme?|norma|standards?|protocols?|tools?|platforms?|systems?)){0,2}`;
// A skill cue whose object follows: the item list starts right after it.
const CUE = new RegExp(
  String.raw`(?:experience|experienced|expertise|knowledge|proficiency|proficient|familiarity|familiar|skills?|background|fluency|understanding|competence|exposure|hands-on|worked|working)\s+(?:\w+\s+){0,2}?(?:with|in|of|on|using)TAIL\s*$|(?:e\.g\.|i\.e\.|such as|like|including|especially|particularly|z\.\s?b\.|wie|insbesondere|comme|tels? que|notamment|como por ejemplo|zoals|bijvoorbeeld|ex\.|p\.\s?ex\.|par exemple|por ejemplo|por exemplo)[\s,:]*$|(?:kenntnisse|erfahrung(?:en)?|know-how|expertise|fähigkeiten|vertraut|umgang)\s+(?:\w+\s+){0,2}?(?:in|mit|von|im|bei)TAIL\s*$|(?:ma[îi]trise|connaissances?|exp[ée]rience|pratique|comp[ée]tences?)\s+(?:\w+\s+){0,2}?(?:de|du|des|d'|en|avec|sur)TAIL\s*$|(?:experiencia|conocimientos?|dominio|manejo)\s+(?:\w+\s+){0,2}?(?:en|con|de|del)TAIL\s*$|(?:ervaring|kennis|bekend)\s+(?:\w+\s+){0,2}?(?:met|van|in)TAIL\s*$|(?:experi[êe]ncia|conhecimentos?|dom[íi]nio)\s+(?:\w+\s+){0,2}?(?:com|em|de|no|na)TAIL\s*$|(?:esperienza|conoscenza|conoscenze)\s+(?:\w+\s+){0,2}?(?:con|di|in|nel|nella)TAIL\s*$|(?:erfarenhet|kunskap(?:er)?|kännedom)\s+(?:\w+\s+){0,2}?(?:av|inom|i|om)TAIL\s*$`.replaceAll('TAIL', TAIL),
  'i',
);
// What may stand between two items of one list.
// No alternative may be spelled by others with separators between ("and/or" is "and" "/" "or"): one reading
// of any text, so the nested repetition cannot backtrack.
const GAP = /^[\s,;/&()]*(?:(?:and|or|und|oder|sowie|et|ou|y|o|e|en|of|och|eller|as well as|e\.g\.|i\.e\.|z\.\s?b\.|such as|like|including|etc\.?)[\s,;/&():]*)*$/i;
// German capitalises every noun: a capitalised word says nothing there.
const GERMAN = /(?<![\p{L}])(?:und|oder|mit|der|die|das|den|dem|für|von|sowie|sind|wir|du|ihr|bzw|eine?r?|ist|hast|bist)(?![\p{L}])/iu;
// Capitalisation marks a name only in English; elsewhere it marks nouns (de) or nothing reliable.
const ENGLISH = /\b(?:the|and|with|for|experience|knowledge|or|to|proficiency|proficient|familiarity|familiar|skills|using|understanding)\b/i;
const DEGREE = /\b(?:degree|bachelor|master|ph\.?d|diploma|studium|licence|licenciatura|grado|gradua[çc][ãa]o|hbo|bsc|msc)\b/i;
// Certificates are read by certifications.ts; an unknown one ("CSSLP") is not a skill either.
const CERTIFICATE = /certif|zertifi|licen[cs]|habilitation/i;
// Lower-case words that never name a product, before a class ("and SDK/Library development").
const FUNCTION_WORD = /^(?:and|with|from|your|their|other|some|such|into|onto|over|also|plus|oder|sowie|avec|pour|para|como|voor|using|both|either|neither|each|every|many|most|more|various|multiple|several|these|those|this|that|within|across|existing|modern|custom|internal|external)$/;
// A capitalised word ends its item: "Mimecast," but not "Network Systems", "Health Plans", "Iframe in React".
const STANDS_ALONE = /^(?:\s*[,;)]|\s*\.|\s*$|\s+(?:and|or|is|are|etc)\b)/;
const SENTENCE_END = /[.!?:;•*]\s*$/;

interface Piece {
  start: number;
  end: number;
  text: string;
  /** An acronym, CamelCase or letters with digits: a name by its shape alone. */
  strong: boolean;
}

type Shape = 'strong' | 'weak' | null;

// A posting asks the shape of the same words again and again (every unit, every neighbour test).
const englishShape = textMemo((tok) => shapeOfWord(tok, true));
const otherShape = textMemo((tok) => shapeOfWord(tok, false));

function shapeOf(tok: string, englishText: boolean): Shape {
  return englishText ? englishShape(tok) : otherShape(tok);
}

function shapeOfWord(tok: string, englishText: boolean): Shape {
  const t = tok.replace(/\.$/, '');
  if (NOT_SKILLS.has(t.toLowerCase())) return null;
  if (ACRONYM.test(t)) return t.replace(/[^\p{L}\p{N}]/gu, '').length >= 3 || /\d/.test(t) ? 'strong' : null;
  if (CAMEL.test(t) && !/^\p{Lu}+s$/u.test(t)) return 'strong';
  if (ALNUM.test(t) && /\p{L}{2}/u.test(t) && !/^[\d.]+(?:st|nd|rd|th|k|m|x|h|y|yrs?|years?|am|pm|gb|mb|tb|hz|ghz|kg|km)$/i.test(t)) return 'strong';
  if (englishText && CAPITAL.test(t) && !ORDINARY_END.test(t.toLowerCase())) return 'weak';
  return null;
}

/** Name-shaped pieces of a text, neighbouring name words joined ("Adobe Workfront", "CAN bus", "abas ERP"). */
function pieces(text: string, lowerWords: LowerWords): Piece[] {
  const englishText = ENGLISH.test(text) && !GERMAN.test(text);
  // Chinese, Japanese and Korean characters end a name as they end a word for the matcher (normalize.ts):
  // "熟悉Linux系统" holds the name Linux. Each becomes an ideographic space, so offsets stay and no name joins over it.
  const toks = [...text.replace(UNSPACED, '\u3000').matchAll(TOKEN)].map((m) => ({ s: m.index, e: m.index + m[0].length, t: m[0] }));
  const out: Piece[] = [];
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    let shape = shapeOf(tok.t, englishText);
    const atStart = SENTENCE_END.test(text.slice(0, tok.s)) || !text.slice(0, tok.s).trim();
    if (shape === 'weak' && (atStart || lowerWords.has(tok.t.toLowerCase()))) shape = null;
    const s = tok.s;
    // "abas ERP": a lower-case brand before a system class.
    const next = toks[i + 1];
    // Not a verb's form ("operating PLC/SCADA systems", "customized CRM").
    if (!shape && next && CLASS_UPPER.has(next.t) && /^\p{Ll}[\p{L}\p{N}]{3,}$/u.test(tok.t) && !FUNCTION_WORD.test(tok.t) && !/(?:ing|ed)$/.test(tok.t) && text.slice(tok.e, next.s) === ' ') {
      shape = 'strong';
    }
    if (!shape) continue;
    // "REMOTE", "ONLY", "CAN": a word the posting also writes in lower case is shouted, not an acronym,
    // unless a system class follows ("CAN bus").
    if (!/[\p{Ll}\d]/u.test(tok.t) && lowerWords.has(tok.t.toLowerCase()) && !(next && CLASS_AFTER.has(next.t.toLowerCase()))) continue;
    let j = i;
    // Join neighbours separated by one space: name words, a version number, a class noun.
    while (j + 1 < toks.length && j - i < 3 && text.slice(toks[j]!.e, toks[j + 1]!.s) === ' ') {
      const n = toks[j + 1]!;
      const nShape = shapeOf(n.t, englishText);
      const joins =
        (nShape != null && !(nShape === 'weak' && lowerWords.has(n.t.toLowerCase()))) ||
        /^\d[\d.\-]*$/.test(n.t) ||
        CLASS_AFTER.has(n.t.toLowerCase());
      if (!joins) break;
      j++;
    }
    const e = toks[j]!.e;
    const strong = toks.slice(i, j + 1).some((k) => shapeOf(k.t, englishText) === 'strong') || shape === 'strong';
    out.push({ start: s, end: e, text: text.slice(s, e), strong });
    i = j;
  }
  return out;
}

/**
 * Named things in one requirement unit that the taxonomy did not find. `known` are the unit's taxonomy matches
 * (they count as list neighbours, and their spans are not read again); `lowerWords` are the words the posting
 * writes in lower case somewhere (an ordinary word, capitalised only at a line start).
 */
export function openVocabMatches(text: string, known: SkillMatch[], lowerWords: LowerWords, company: string | null = null): SkillMatch[] {
  if (DEGREE.test(text) || CERTIFICATE.test(text)) return []; // "a degree in Physics, Mathematics or Chemistry": subjects, read elsewhere
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 20 && letters === letters.toUpperCase()) return []; // a shouted line: every word is "an acronym"
  const own = company ? skillSlug(company) : null;
  const found = pieces(text, lowerWords).filter((p) => {
    // "abas ERP" holds the taxonomy's ERP: the longer name is the thing asked for (skills.ts drops the ERP). Not a
    // German compound of a known name and a word for its field ("ServiceNow-Umfeld", "SAP-Kenntnisse"): that asks
    // for the name.
    if (known.some((m) => p.start < m.end && m.start < p.end && !(p.start <= m.start && m.end <= p.end && p.end - p.start > m.end - m.start))) return false;
    if (onlyGeneric(p.text)) return false;
    // Known names side by side ("AWS EC2", "PHP Symfony"), or one with only a generic noun added ("AWS Services"):
    // the known names are the things asked for. A brand before a system class stays one name ("Oracle ERP").
    const inside = known.filter((m) => p.start <= m.start && m.end <= p.end);
    const rest = inside.reduceRight((t, m) => t.slice(0, m.start - p.start) + ' ' + t.slice(m.end - p.start), p.text);
    if (inside.length && onlyGeneric(rest) && !CLASS_UPPER.has(p.text.slice(p.text.lastIndexOf(' ') + 1))) return false;
    if (FIELD_TAIL.test(p.text) && known.some((m) => m.start === p.start && p.text[m.end - p.start] === '-')) return false;
    if (own && skillSlug(p.text) === own) return false;
    return !coreKnowsName(p.text); // the taxonomy knows it (its context rule may have dropped it)
  });
  if (found.length === 0) return [];
  // Items in text order; a chain is a run of items with only list separators between them.
  const items = [...known.map((m) => ({ start: m.start, end: m.end, open: null as Piece | null })), ...found.map((p) => ({ start: p.start, end: p.end, open: p }))].sort(
    (a, b) => a.start - b.start,
  );
  const out: SkillMatch[] = [];
  let chainStart = 0;
  for (let i = 0; i <= items.length; i++) {
    const linked = i > 0 && i < items.length && GAP.test(text.slice(items[i - 1]!.end, items[i]!.start));
    if (linked) continue;
    const chain = items.slice(chainStart, i);
    chainStart = i;
    if (chain.length === 0) continue;
    // A cue may stand inside the chain too ("ORM frameworks like Entity Framework or Dapper"): it covers what follows it.
    let cuedSoFar = false;
    const cuedAt = chain.map((c) => (cuedSoFar ||= CUE.test(text.slice(Math.max(0, c.start - 60), c.start))));
    // A known name or a strong-shaped one: it makes a list of the chain, and vouches for a capitalised word between two.
    const solidAt = (j: number) => !!chain[j] && (chain[j]!.open === null || chain[j]!.open!.strong);
    const listed = chain.length >= 2 && chain.some((_, j) => solidAt(j));
    if (!cuedSoFar && !listed) continue;
    for (const [k, c] of chain.entries()) {
      const p = c.open;
      if (!p) continue;
      // A capitalised word is a name only right after a cue or among two other names ("Selenium, Ranorex and
      // Jenkins"), as a whole word (not "Revenue" of "Revenue Marketing", not "Program" of "Program/Project
      // Management") and not a plural ("Hooks", "Pipelines").
      const amongNames = solidAt(k - 1) && solidAt(k + 1) && !/\s/.test(p.text);
      if (!p.strong && (!(cuedAt[k] || amongNames) || /s$/.test(p.text) || touchesKnown(text, p, known) || !STANDS_ALONE.test(text.slice(p.end)))) continue;
      const name = p.text.replace(/\.$/, '');
      out.push({ id: skillSlug(name), name, start: p.start, end: p.start + name.length, surface: name });
    }
  }
  return out;
}

// The German words that make a hyphen compound of a name mean its field, not another product; so do the English
// adjective tails ("SaaS-based software", "API-driven").
const FIELD_TAIL = /-(?:based|driven|first|native|centric|focused|powered|oriented|enabled|related|specific|Umfeld|Umgebung|Umgebungen|Kenntnisse|Erfahrung|Erfahrungen|Entwicklung|Bereich|Projekte?|Technologien?|Systeme?|Lösungen|Landschaft|Welt|Know-how|Expertise|Zertifizierung|Module?|Anwendungen|Infrastruktur|Architektur|Services?|Stack|Plattform|Programmierung|Administration|Betrieb)$/;

/** The piece is glued (a space, '/' or '-') to a taxonomy match: part of a longer title-case phrase. */
function touchesKnown(text: string, p: Piece, known: SkillMatch[]): boolean {
  return known.some((m) => /^[ /-]$/.test(text.slice(p.end, m.start)) || /^[ /-]$/.test(text.slice(m.end, p.start)));
}

/** Which words a posting writes in lower case somewhere: a capitalised form of one of them is an ordinary word. */
export interface LowerWords {
  has(word: string): boolean;
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0. ASCII is decided from the code alone. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const k = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + k)) ? k : 0;
}

/**
 * The words a text writes in lower case: each maximal run of letters and digits that starts with a lower-case
 * letter. Listed on the first question only (many postings never ask), from a plain run pattern: a look-behind
 * for the word edge made V8 try the pattern at every position of the text.
 */
export function lowerCaseWords(text: string): LowerWords {
  let words: Set<string> | null = null;
  return {
    has(w) {
      if (words === null) {
        words = new Set();
        // A scan of character codes: only the runs that start in lower case become strings.
        const n = text.length;
        let i = 0;
        while (i < n) {
          let k = wordCharLength(text, i);
          if (k === 0) {
            i++;
            continue;
          }
          const start = i;
          const c = text.charCodeAt(i);
          const lower = c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text.slice(i, i + k));
          while (k > 0) {
            i += k;
            k = i < n ? wordCharLength(text, i) : 0;
          }
          if (lower) words.add(text.slice(start, i));
        }
      }
      return words.has(w);
    },
  };
}
