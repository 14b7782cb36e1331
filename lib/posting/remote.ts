// Remote or not: body statements first, the board's location badge when the body is silent.
import type { PostingHeader } from './types';
import { wb } from './fields/units';
import { statementsWith } from './fields/statements';
import { literalTrie } from './fields/gated-regexp';

// Explicitly remote (or remote allowed): counts even against a hybrid mention ("remote or hybrid").
const STRONG_REMOTE = wb(
  String.raw`(?:100\s?%|fully|full|completely|entirely|totally|permanently)[- ](?:remote|remotely)|remote[- ](?:first|only|friendly|ok|possible|allowed|eligible|position|role|job|opportunity|option|contract|based|work(?:ing)? (?:is )?(?:possible|allowed|available|möglich))|(?:is|are) (?:a |an )?(?:fully )?remote|remote,? (?:or|\/) (?:hybrid|on-?site|onsite|local)|(?:hybrid|on-?site|onsite|local),?\s?(?:or|\/|\()\s?remote|remote, (?:hybrid|on-?site|onsite)(?: (?:and|or|&)|,)|(?:hybrid|on-?site|onsite), remote(?: (?:and|or|&)|,)|(?:on-?site|onsite|in-office|hybrid),? (?:hybrid|on-?site|onsite)?,? (?:and|or|&) remote|(?:be |is |are )?based remotely|remotely based|work (?:from )?anywhere|work(?:ing)? remotely|work from home|WFH|Remote Work möglich|vollständig remote|100\s?% (?:Home-?Office|mobil)|télétravail (?:complet|total|à 100\s?%|100\s?%)|(?:100\s?%|full) télétravail|en full remote|full remote|100\s?% (?:remoto|remota|teletrabajo|em home office)|(?:de forma|en|em) remot[oa]|teletrabajo|trabajo remoto|trabalho remoto|vaga remota|volledig (?:remote|thuis)|thuiswerken|remote werken|consider (?:strong )?remote|remote[- ]Arbeit (?:ist )?möglich|remote (?:oder|ou|o|of|y) (?:hybrid|hybride|híbrido|on-?site|presencial|présentiel)|(?:work|working) from wherever|de onde quiser\p{L}*|desde donde quieras|d['’]où vous voulez|où vous voulez|wo(?:her)? (?:du|Sie) (?:willst|möchtest|wollen)`,
  'i',
);
// Remote mentioned as a work place: "Remote (US)", "| REMOTE |", "- Remote.", "télétravail".
const WEAK_REMOTE = wb(
  String.raw`remote\s?\(|remote,|télétravail|Home-?Office|mobiles Arbeiten|remoto|remota`,
  'i',
);
const REMOTE_FIELD = /(?:^[^\S\r\n\u2028\u2029]*|[|,/(•·–—:-]\s*)(?:us |eu |uk )?remote\s*(?:$|[|,/)•·–—.:(-])/im;
// Hybrid or on-site statements, in en/de/fr/es/nl/pt.
const NOT_REMOTE = wb(
  String.raw`(?<!cloud |nuage )(?:hybrid|hybride|híbrid[oa]|ibrid[oa])(?![- ](?:cloud|clouds|infrastructures?|apps?|applications?|mobile|IT|environments?|architectures?|solutions?|vehicles?|systems?|networks?|integration|search|engines?|models? of (?:AI|ML))(?![\p{L}]))|(?:on-?site|in-office|office-based|in office|in-person)[- ](?:role|position|job|work|only|presence)|(?:work|working|based|report|be) (?:on-?site|in (?:the|our) office|from (?:the|our) office|in person)|\d (?:days?|jours?|días|dias|Tage|dagen) (?:(?:a|per|par|por|pro|in der) )?(?:week|semaine|semana|Woche)? ?(?:in (?:the|our) office|au bureau|en (?:la )?oficina|im Büro|op kantoor|no escritório|on-?site|sur site|de télétravail|en présentiel)|(?:is|are) (?:an? )?(?:fully |100\s?% )?(?:on-?site|in-office|office-based)|\d (?:days?|jours?|días|dias|Tage|Tagen|dagen) (?:(?:a|per|par|por|pro|in der|im) )?(?:week|semaine|semana|Woche) ?(?:de |of )?(?:télétravail|remote|home ?office|Home-?Office|mobile[sn]? Arbeiten|teletrabajo|remoto|thuiswerken)|(?:télétravail|remote|Home-?Office|mobile[sn]? Arbeiten|teletrabajo|thuiswerken)[^.\n]{0,30}\d (?:jours?|days?|Tage|Tagen|días|dias|dagen)|télétravail partiel|partial remote|\d\s?j(?:ours?)?\s?(?:\/|par|per)\s?semaine|not (?:a )?remote|no remote|remote (?:is )?not (?:possible|available)|kein(?:e)? (?:Home-?Office|Remote)|pas de télétravail|Präsenz(?:pflicht|arbeit)|vor Ort (?:im|in|beim|arbeiten|tätig)|Arbeitsort vor Ort|en présentiel|présentiel|sur site|presencial|100\s?% (?:on-?site|in office|présentiel|presencial)|op kantoor|op locatie`,
  'i',
);
// A mix of home and office in one statement is hybrid, even when it names home work strongly ("Combinatie tussen
// thuiswerken en op het kantoor", "a mix of remote and office days", "Kombination aus Home-Office und Büro").
const MIXED = wb(
  String.raw`(?:combinati\p{L}{0,6}|mix|mixture|blend|mélange|Kombination|Mischung|Mix|combinación|combinação|mezcla)\s(?:(?:of|between|tussen|van|aus|von|entre|de|du|\p{L}{1,4})\s)?(?:\p{L}{1,30}\s){0,2}?(?:thuiswerken|thuis|remote|home ?office|Home-?Office|télétravail|teletrabajo|remoto|trabalho remoto)\s(?:\p{L}{1,30}\s){0,3}?(?:kantoor|office|Büro|bureau|oficina|escritório|on-?site|présentiel|presencial)`,
  'i',
);
// A count of days at home: five is a remote job ("bis zu 5 Tage remote arbeiten"), fewer is hybrid.
const DAY_COUNT = wb(
  String.raw`([1-7])\s?(?:days?|jours?|j|días|dias|Tage|Tagen|dagen)(?:\s?(?:\/|a|per|par|por|pro|in der|im)\s?(?:week|semaine|semana|Woche))?\s(?:de |of |in |im )?(?:remote|télétravail|home ?office|Home-?Office|mobile[sn]? Arbeiten|teletrabajo|remoto|thuiswerken|from home)`,
  'i',
);

// Sentences that talk about remote work without saying anything about this job.
const IGNORE = wb(
  String.raw`if (?:this|the) (?:position|role|job)|if (?:listed|applicable)|where applicable|remote (?:monitoring|sensing|access|support|control|desktop|patient|diagnostics?|assistance|troubleshooting|management|teams? of customers)|equal (?:employment )?opportunit|regardless of`,
  'i',
);

// Cheap gate: every pattern above contains one of these stems.
const GATE = /remot|hybri|wherever|de onde|donde quieras|vous voulez|willst|möchtest|wollen|ibrid|site|office|person|télétravail|home|mobil|anywhere|wfh|thuis|kantoor|présentiel|presencial|vor ort|präsenz|days|jours|tage|dagen|días|dias|locatie|b[üu]ro|oficina|escrit/i;

// GATE barely filters ("tage" is in "advantage", "site" in "website", "person" in "personal"), so a sentence
// is read only when it also holds a stem that every STRONG_REMOTE, WEAK_REMOTE, REMOTE_FIELD and NOT_REMOTE
// match contains (the day counts only right after a digit, as those patterns write them). A sentence without
// one could not change the verdict. Plain words as a trie (see literalTrie); same flags as the patterns, so
// case folding agrees. Keep it in step when adding a phrase.
const SENTENCE_GATE = new RegExp(
  literalTrie([
    ...['remot', 'hybri', 'ibrid', 'íbrid', 'on-site', 'onsite', 'sur site', 'office', 'in person', 'in-person'],
    ...['télétravail', 'teletrabajo', 'from home', '% mobil', 'mobile arbeiten', 'mobiles arbeiten', 'mobilen arbeiten'],
    ...['anywhere', 'wfh', 'thuis', 'kantoor', 'présentiel', 'presencial', 'vor ort', 'präsenz', 'locatie', 'wherever', 'de onde', 'donde quieras', 'vous voulez', 'willst', 'möchtest', 'wollen'],
  ]) + String.raw`|\d\s?(?:day|jour|j\s?\/|día|dia|tag|dag)`,
  'iu',
);

// The statements holding a gate word, found in one search: no gate word starts on whitespace or holds a
// newline or a mark, as statementsWith needs.
const SENTENCE_GATE_ALL = new RegExp(SENTENCE_GATE.source, SENTENCE_GATE.flags + 'g');

/** true/false/null from one piece of text (a body or a badge). */
function judge(text: string): boolean | null {
  let strong = false;
  let weak = false;
  let against = false;
  for (const s of statementsWith(text, false, SENTENCE_GATE_ALL)) {
    if (s.length > 3000 || !GATE.test(s) || IGNORE.test(s)) continue;
    const days = DAY_COUNT.exec(s);
    if (days) {
      if (Number(days[1]) >= 5) strong = true;
      else against = true;
      continue;
    }
    if (MIXED.test(s)) {
      against = true;
      continue;
    }
    if (STRONG_REMOTE.test(s)) strong = true;
    else if (WEAK_REMOTE.test(s) || REMOTE_FIELD.test(s)) weak = true;
    if (NOT_REMOTE.test(s)) against = true;
  }
  if (strong) return true;
  if (against) return false;
  return weak ? true : null;
}

/**
 * Whether the job is remote (or remote allowed). The body wins over the board badge: "2 jours de
 * télétravail par semaine" or "hybrid" make it false even under a "🌎 Remote" badge.
 */
export function findRemote(text: string, header?: PostingHeader | null): boolean | null {
  try {
    const body = judge(text);
    if (body !== null) return body;
    const loc = header?.locationText;
    if (!loc) return null;
    if (NOT_REMOTE.test(loc) || /\bon-?site\b/i.test(loc)) return false;
    return /remote|télétravail|remoto|remota|anywhere|thuiswerk/i.test(loc) ? true : null;
  } catch {
    return null;
  }
}
