// Spoken languages the posting asks for, by their English names, in text order, each with the level asked for
// ("native", "fluent", "professional", "good", "basic" or a CEFR grade) and whether it is only preferred.
import type { LanguageNeed } from '../schemas';
import type { Unit } from './types';
import { hasPreferredCue, looseUnits, requirementUnits, wb } from './fields/units';
import { literalTrie } from './fields/gated-regexp';

// English name → surface forms in en/de/fr/es/pt/nl/it. Plain names are ambiguous ("Polish", "chino",
// "Fins", "Thai" food), so a mention counts only next to a proficiency cue (see CUE).
const LEXICON: Array<[string, string]> = [
  ['English', 'English|Englisch|anglais|anglaise|inglés|ingles|inglês|inglesa|Engels|Engelse|inglese'],
  ['German', 'German|Deutsch|allemand|allemande|alemán|alemana|alemão|alemã|Duits|Duitse|tedesco|tedesca'],
  ['French', 'French|Französisch|français|française|francés|francesa|francês|Frans|Franse|francese'],
  ['Spanish', 'Spanish|Spanisch|espagnol|espagnole|español|española|castellano|espanhol|Spaans|Spaanse|spagnolo'],
  ['Portuguese', 'Portuguese|Portugiesisch|portugais|portugaise|portugués|português|portuguesa|Portugees|Portugese|portoghese'],
  ['Italian', 'Italian|Italienisch|italien|italienne|italiano|italiana|Italiaans|Italiaanse'],
  ['Dutch', 'Dutch|Niederländisch|Holländisch|néerlandais|neerlandés|neerlandesa|holandés|holandês|Nederlands|Nederlandse|Flemish|Vlaams'],
  ['Polish', 'Polish|Polnisch|polonais|polaco|polonês|Pools'],
  ['Russian', 'Russian|Russisch|russe|ruso|russo'],
  ['Ukrainian', 'Ukrainian|Ukrainisch|ukrainien|ucraniano|Oekraïens'],
  ['Czech', 'Czech|Tschechisch|tchèque|checo|tcheco|Tsjechisch'],
  ['Hungarian', 'Hungarian|Ungarisch|hongrois|húngaro|Hongaars'],
  ['Romanian', 'Romanian|Rumänisch|roumain|rumano|romeno|Roemeens'],
  ['Greek', 'Greek|Griechisch|grec|griego|grego|Grieks'],
  ['Turkish', 'Turkish|Türkisch|turc|turco|Turks'],
  ['Arabic', 'Arabic|Arabisch|arabe|árabe'],
  ['Hebrew', 'Hebrew|Hebräisch|hébreu|hebreo|hebraico'],
  ['Hindi', 'Hindi'],
  ['Chinese', 'Chinese|Chinesisch|chinois|chino|chinês|Chinees'],
  ['Mandarin', 'Mandarin|mandarín|mandarim'],
  ['Cantonese', 'Cantonese|Kantonesisch|cantonais|cantonés'],
  ['Japanese', 'Japanese|Japanisch|japonais|japonés|japonês|Japans'],
  ['Korean', 'Korean|Koreanisch|coréen|coreano|Koreaans'],
  ['Vietnamese', 'Vietnamese|Vietnamesisch|vietnamien|vietnamita'],
  ['Thai', 'Thai'],
  ['Indonesian', 'Indonesian|Bahasa Indonesia'],
  ['Swedish', 'Swedish|Schwedisch|suédois|sueco|Zweeds'],
  ['Norwegian', 'Norwegian|Norwegisch|norvégien|noruego|norueguês|Noors'],
  ['Danish', 'Danish|Dänisch|danois|danés|dinamarquês|Deens'],
  ['Finnish', 'Finnish|Finnisch|finnois|finlandés|finlandês|Fins'],
  ['Catalan', 'Catalan|Katalanisch|catalán|catalão'],
];
// German inflections and compounds a surface form may carry: "Englische(n)", "Englischkenntnisse", "Deutsch-"
// (the adjective forms of the other languages are in the lexicon: a bare "e" suffix would read "germane").
const COMPOUND = String.raw`(?:(?<=sch)e[nmrs]?)?(?:sprachkenntnisse|kenntnisse|sprachig|-?speaking)?`;
// One alternation with a group per language: a single pass over each unit. Every match contains one of
// the surface forms, so those forms, as a trie, are the pre-check (a fifth of the cost of the flat list).
const ANY_LANGUAGE = wb(
  `(?:${LEXICON.map(([, forms]) => `(${forms})`).join('|')})${COMPOUND}`,
  'gi',
  literalTrie(LEXICON.flatMap(([, forms]) => forms.split('|'))),
);

type LanguageLevel = NonNullable<LanguageNeed['level']>;

// Level words in en/de/fr/es/nl/pt/it, strongest first within each grade. A level word near a language name is
// what makes it a demand ("fließend Deutsch", "anglais courant", "inglés nivel alto", "vloeiend Nederlands").
const LEVELS: Array<[Exclude<LanguageLevel, `${string}${number}`>, RegExp]> = [
  ['native', wb(String.raw`native|natives?|mother[- ]tongue|first language|muttersprach\p{L}*|langue maternelle|natifs?|nativ[oa]s?|lengua materna|moedertaal|l[íi]ngua materna|madrelingua`, 'i')],
  ['fluent', wb(String.raw`fluent(?:ly)?|fluency|flie(?:ß|ss)end\p{L}*|courant(?:e|s)?|couramment|bilingu\p{L}*|fluid[oa]s?|con fluidez|fluidez|vloeiend|fluente|perfe[ck]t\p{L}*|parfait\p{L}*|perfect[oa]s?|perfeit[oa]s?|excellent\p{L}*|exzellent\p{L}*|excelente|uitstekend\p{L}*|nivel alto|alto nivel|high level|sehr gut\p{L}*|très bon(?:ne)?|ottim[oa]|advanced|avancé\p{L}*|avanzad[oa]|avançad[oa]|gevorderd`, 'i')],
  ['professional', wb(String.raw`business[- ]level|business|professional(?: working)?|verhandlungssicher\p{L}*|niveau professionnel|nivel profesional|zakelijk|profissional|proficien\p{L}*|maîtrise|maîtriser|dominio|domínio|beheersing|beheers\p{L}*|command of`, 'i')],
  ['good', wb(String.raw`good|gute?[nmrs]?|solide?[nmrs]?|bon(?:ne)?s?|buen[oa]?s?|bo[ma]s?|goed\p{L}*|working knowledge|conversational|intermediate|intermédiaire|intermedio|intermedi[áa]rio|conversação|conversación|Kenntnisse`, 'i')],
  ['basic', wb(String.raw`basic|basis\p{L}*|Grundkenntnisse|notions?|básic[oa]|b[áa]sico|elementary|débutant`, 'i')],
];
const CEFR = wb(String.raw`[ABC][12]`, 'g');

// Words that make a language mention a demand without a level: "English required", "Spanish is a plus".
const CUE = wb(
  String.raw`speak\p{L}*|spoke|spoken|written|language skills|languages?|level|skills?|communicat\p{L}*|kenntnisse|Sprachkenntnisse|Sprachen?|in Wort und Schrift|langues?|parl[ée]\p{L}*|parler|écrit\p{L}*|aisance|idiomas?|nivel|niveau|hablad[oa]|hablar|escrit[oa]|oral|comunica\p{L}*|spreek\p{L}*|spreken|taal|talen|voertaal|l[íi]ngua|falad[oa]|falar|lingua|required|requis|requise|exigé\p{L}*|erforderlich|vorausgesetzt|imprescindible|indispensable|obligatori[oa]|vereist|beneficial|a plus|advantage|asset|von Vorteil|souhaité|apprécié|valorable|deseable|diferencial|mandatory|must|essential`,
  'i',
);
// "English-speaking countries", "French GAAP", "German market": a place, law or market, not a language ask.
const NOT_LANGUAGE_AFTER =
  /^[\s-]*(?:speaking\s+)?(?:based|owned|headquartered|standards?|authorit\w*|offices?|markets?|customers?|clients?|compan(?:y|ies)|law|legal|GAAP|accounting|tax|countries|country|regions?|territor\w*|cuisine|subsidiar\w*|government|citizen\w*|nationals?|nationality|residen\w*|Markt|markt|Kunden|marché|mercado|clientes|klanten|Shepherd|time ?zones?)/i;
// "Upload your resume in English", "CV en anglais": the language of the application, not of the job.
const NOT_LANGUAGE_BEFORE =
  /(?:resume|résumé|cv|c\.v\.|cover letter|application|applications|bewerbung\p{L}{0,12}|lebenslauf|candidature|curriculum|sollicitatie|postulaci[óo]n|lettre de motivation)\s+(?:\p{L}+\s+){0,2}(?:in|en|auf|em|op|na)\s+$/iu;
// What may stand between two languages of one list: "German, Japanese, French, or Mandarin", "Deutsch und Englisch".
const LIST_GLUE = /^(?:[\s,/&+-]|\(\w{2}\)|\b(?:and|or|und|oder|et|ou|y|o|e|en|of|as well as|sowie)\b)*$/iu;
// The clause a mention belongs to: "Fluent German; English is a plus" gives each language its own.
const CLAUSE_END = /[;.!?\n•|]/;

function clauseAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 160 && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 160 && !CLAUSE_END.test(text[e]!)) e++;
  return text.slice(s, e);
}

function pieceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 120 && !PIECE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 120 && !PIECE_END.test(text[e]!)) e++;
  return text.slice(s, e);
}
const PIECE_END = /[,;.!?\n•|]/;

/** The strongest level a piece of text names, with a CEFR grade first ("C1", "B2+"). */
function levelIn(text: string): LanguageLevel | null {
  CEFR.lastIndex = 0;
  const grades = [...text.matchAll(CEFR)].map((m) => m[0].toUpperCase() as LanguageLevel);
  if (grades.length > 0) return grades.sort()[0]!; // "B2 or C1": the minimum asked for
  return LEVELS.find(([, re]) => re.test(text))?.[0] ?? null;
}

// A demand said outright, wherever it stands: "Fluency in English is required", "We require that the candidate is
// fluent in Spanish", "Are you fluent in English?". With a stated level, it counts even among duties or perks.
const DEMAND = wb(
  String.raw`required|requirement|require[sd]?|must|mandatory|essential|obligatoire|requis|requise|exigée?|erforderlich|vorausgesetzt|Voraussetzung|imprescindible|obligatori[oa]|indispensable|obrigatóri[oa]|vereist|(?:are|do) you (?:fluent|proficient|speak)|êtes-vous|sprichst du|sprechen Sie`,
  'i',
);

/** How a part is read: the requirement parts ('req'), other parts only where a level is stated ('loose'), any part
 * only where a level and a demand are both said ('demand'). */
type Reading = 'req' | 'loose' | 'demand';

/** Each language named as asked for in the units, with level and required/preferred. */
function needsIn(units: readonly Unit[], reading: Reading): Array<LanguageNeed & { order: number }> {
  const found: Array<LanguageNeed & { order: number }> = [];
  let last: { unit: number; end: number; level: LanguageLevel | null; preferred: boolean } | null = null;
  units.forEach((u, ui) => {
    ANY_LANGUAGE.lastIndex = 0;
    for (let m = ANY_LANGUAGE.exec(u.text); m; m = ANY_LANGUAGE.exec(u.text)) {
      const name = LEXICON[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
      const end = m.index + m[0].length;
      if (!name || NOT_LANGUAGE_AFTER.test(u.text.slice(end, end + 30))) continue;
      if (NOT_LANGUAGE_BEFORE.test(u.text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const compound = /kenntnisse|sprachig|speaking$/i.test(m[0]);
      const near = u.text.slice(Math.max(0, m.index - 50), m.index) + ' ' + u.text.slice(end, end + 50);
      // The comma piece holding the mention: "Anglais courant, espagnol apprécié" gives each its own cue.
      const piece = pieceAround(u.text, m.index, end);
      // A level word qualifies the language only close by: "Bonne connaissance des systèmes législatifs
      // français" is about French law.
      const at = piece.indexOf(m[0]);
      const level = at < 0 ? null : levelIn(piece.slice(Math.max(0, at - 35), at + m[0].length + 35));
      // "fluent in German, Japanese, French, or Mandarin": a list member takes the demand of the one before.
      const listed = last !== null && last.unit === ui && LIST_GLUE.test(u.text.slice(last.end, m.index));
      const prefCue = hasPreferredCue(piece);
      // Outside a requirements part only a stated level makes a demand ("Fließende Deutschkenntnisse" under a
      // heading nobody classified); "our English-speaking team" does not.
      // The sentence may state the level in another comma piece ("Engels is onze voertaal, dat beheers je").
      const clause = clauseAround(u.text, m.index, end);
      const ca = clause.indexOf(m[0]);
      const stated = !!level || (ca >= 0 && !!levelIn(clause.slice(Math.max(0, ca - 35), ca + m[0].length + 35)));
      const asked =
        reading === 'req' ? stated || compound || prefCue || CUE.test(near)
        : reading === 'loose' ? stated || /kenntnisse/i.test(m[0])
        : stated && DEMAND.test(clause);
      if (!listed && !asked) continue;
      const preferred = u.sectionKind === 'preferred' || (u.preferred && !!u.wholePreferred) || prefCue || (listed && !level && last!.preferred);
      const lvl = level ?? (listed ? last!.level : null);
      found.push({ name, level: lvl, preferred, order: ui * 100000 + m.index });
      last = { unit: ui, end, level: lvl, preferred };
    }
  });
  return found;
}

/**
 * Spoken languages asked for (pass every unit): the requirement units, and, for a posting whose requirements
 * part was found, the intro and untitled parts where a level is stated. Required wins over preferred.
 */
export function findLanguageNeeds(units: Unit[]): LanguageNeed[] {
  try {
    const req = requirementUnits(units);
    const fromReq = needsIn(req, 'req');
    const hasReqPart = req.some((u) => u.sectionKind === 'requirements' || u.sectionKind === 'preferred');
    const looseParts = hasReqPart ? looseUnits(units).filter((u) => u.sectionKind !== 'responsibilities') : [];
    const loose = needsIn(looseParts, 'loose');
    const readAlready = new Set([...req, ...looseParts]); // a long posting has thousands of units: no array scans
    const rest = units.filter((u) => u.sectionKind !== 'apply' && !readAlready.has(u));
    const demanded = needsIn(rest, 'demand');
    const all = [...fromReq, ...[...loose, ...demanded].map((f) => ({ ...f, order: f.order + 1e9 }))].sort((a, b) => a.order - b.order);
    const out = new Map<string, LanguageNeed>();
    for (const f of all) {
      const prev = out.get(f.name);
      if (!prev) out.set(f.name, { name: f.name, level: f.level, preferred: f.preferred });
      else out.set(f.name, { name: f.name, level: prev.level ?? f.level, preferred: prev.preferred && f.preferred });
    }
    return [...out.values()];
  } catch {
    return [];
  }
}

/** Spoken languages named as asked for (pass every unit), by English name. */
export function findLanguages(units: Unit[]): string[] {
  return findLanguageNeeds(units).map((n) => n.name);
}

/**
 * Every spoken language a line of a CV names, with the level its comma piece states ("German (C1)", "English:
 * native", "Französisch – fließend"), or null. Unlike a posting, no cue is needed: the caller reads only a
 * Languages part or lines that state a level.
 */
export function languagesNamed(line: string): Array<{ name: string; level: LanguageLevel | null }> {
  const out: Array<{ name: string; level: LanguageLevel | null }> = [];
  ANY_LANGUAGE.lastIndex = 0;
  for (let m = ANY_LANGUAGE.exec(line); m; m = ANY_LANGUAGE.exec(line)) {
    const name = LEXICON[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
    const end = m.index + m[0].length;
    if (!name || NOT_LANGUAGE_AFTER.test(line.slice(end, end + 30)) || out.some((o) => o.name === name)) continue;
    out.push({ name, level: levelIn(pieceAround(line, m.index, end)) });
  }
  return out;
}
