// Spoken languages the posting asks for (required or preferred), by their English names, in text order.
import type { Unit } from './types';
import { requirementUnits, wb } from './fields/units';
import { literalTrie } from './fields/gated-regexp';

// English name → surface forms in en/de/fr/es/pt/nl/it. Plain names are ambiguous ("Polish", "chino",
// "Fins", "Thai" food), so a mention counts only next to a proficiency cue (see CUE).
const LEXICON: Array<[string, string]> = [
  ['English', 'English|Englisch|anglais|inglés|ingles|inglês|Engels|inglese'],
  ['German', 'German|Deutsch|allemand|alemán|alemão|Duits|tedesco'],
  ['French', 'French|Französisch|français|francés|francês|Frans|francese'],
  ['Spanish', 'Spanish|Spanisch|espagnol|español|castellano|espanhol|Spaans|spagnolo'],
  ['Portuguese', 'Portuguese|Portugiesisch|portugais|portugués|português|Portugees|portoghese'],
  ['Italian', 'Italian|Italienisch|italien|italiano|Italiaans'],
  ['Dutch', 'Dutch|Niederländisch|Holländisch|néerlandais|neerlandés|holandés|holandês|Nederlands|Flemish|Vlaams'],
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
// A German compound like "Englischkenntnisse" or "Deutsch-" carries its own cue.
const COMPOUND = String.raw`(?:sprachkenntnisse|kenntnisse|sprachig|-?speaking)?`;
// One alternation with a group per language: a single pass over each unit. Every match contains one of
// the surface forms, so those forms, as a trie, are the pre-check (a fifth of the cost of the flat list).
const ANY_LANGUAGE = wb(
  `(?:${LEXICON.map(([, forms]) => `(${forms})`).join('|')})${COMPOUND}`,
  'gi',
  literalTrie(LEXICON.flatMap(([, forms]) => forms.split('|'))),
);

const CUE = wb(
  String.raw`fluent|fluency|fluently|proficien\p{L}*|speak\p{L}*|spoke|spoken|written|native|mother tongue|bilingual|languages?|level|skills?|command of|working knowledge|conversational|communicat\p{L}*|[ABC][12]|business[- ]level|kenntnisse|Sprachkenntnisse|Sprachen?|fließend|verhandlungssicher|in Wort und Schrift|Muttersprache|courant|bilingue|maîtrise|maîtriser|niveau|langues?|parlé|écrit|aisance|avancé|idiomas?|nivel|avanzado|fluido|hablado|escrito|nativo|dominio|vloeiend|spreekt?|beheersing|taal|fluente|avançado|língua|conversação|domínio|required|beneficial|a plus|advantage|asset|von Vorteil|souhaité|apprécié|valorable|deseable|diferencial|mandatory|must`,
  'i',
);
// "English-speaking countries", "French GAAP", "German market": a place, law or market, not a language ask.
const NOT_LANGUAGE_AFTER =
  /^[\s-]*(?:speaking\s+)?(?:based|owned|headquartered|standards?|authorit\w*|offices?|markets?|customers?|clients?|compan(?:y|ies)|law|legal|GAAP|accounting|tax|countries|country|regions?|territor\w*|cuisine|subsidiar\w*|government|citizen\w*|nationals?|nationality|residen\w*|Markt|Kunden|marché|mercado|clientes|Shepherd)/i;

/** Spoken languages named as asked for in the requirement units (pass every unit). */
export function findLanguages(units: Unit[]): string[] {
  const found: Array<{ name: string; order: number }> = [];
  try {
    requirementUnits(units).forEach((u, ui) => {
      ANY_LANGUAGE.lastIndex = 0;
      for (let m = ANY_LANGUAGE.exec(u.text); m; m = ANY_LANGUAGE.exec(u.text)) {
        const name = LEXICON[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
        const end = m.index + m[0].length;
        if (!name || NOT_LANGUAGE_AFTER.test(u.text.slice(end, end + 30))) continue;
        const compound = /kenntnisse|sprachig|speaking$/i.test(m[0]);
        const around = u.text.slice(Math.max(0, m.index - 50), m.index) + ' ' + u.text.slice(end, end + 50);
        if (compound || CUE.test(around)) found.push({ name, order: ui * 100000 + m.index });
      }
    });
  } catch {
    // fall through with what was found
  }
  found.sort((a, b) => a.order - b.order);
  return [...new Set(found.map((f) => f.name))];
}
