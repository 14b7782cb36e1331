// Soft skills a requirement often names as an act rather than by a noun: Teamwork ("collaborate across teams",
// "Zusammenarbeit in cross-funktionalen, internationalen Teams", "colaboración con otros equipos"), Leadership
// ("Lead and develop a team", "gestionar equipos", "encadrer une petite équipe") and Communication
// ("communicate clearly", "explain technical concepts without jargon").
// The alias lists (lib/taxonomy/curated/soft.ts) hold fixed phrasings; here a verb or noun of the act reaches its
// team across a few words. Requirement units only, as for every skill (spec: soft skills only when a
// requirement line names them).
import { getConcept } from '../taxonomy/match';
import type { SkillMatch } from './types';

// Word edges that know accented letters (\b does not: "une équipe"). Written into each pattern rather than through
// wb(): wb's regex matches without its leading edge and checks the edge after, and "\p{L}*" after a verb stem then
// scans a run of letters from every position in it (quadratic on "collaboratcollaborat…", the regex test found).
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const OTHER_TEAM = String.raw`(?:équipes?|equipos?|equipas?|equipes?)`;
const TEAM_NOUN = String.raw`(?:teams?|${OTHER_TEAM})`;
const TEAM = TEAM_NOUN + E;
const TEAM_WORD = /team|équipe|equip/i;
// After an English "team": the end of the phrase, not a noun it qualifies ("manage team calendars").
const EN_TEAM = String.raw`teams?(?!['’]s)(?!\s+(?!(?:of|and|or|in|to|for|across|with|that|who|through|on|at|by|from|while|as|within)${E})[a-z])`;
const FEW = (n: number) => String.raw`(?:[\p{L}\p{N}'’-]+,?\s+){0,${n}}?`;

const COLLAB = String.raw`(?:collaborat\p{L}*|co-operat\p{L}*|cooperat\p{L}*|zusammenarbeit\p{L}*|zusammenzuarbeiten|kooperation|colabora\p{L}*|collabor\p{L}*|coopér\p{L}*|samenwerk\p{L}*|samen te werken)`;
const LEAD_VERB = String.raw`(?:lead|leading|led|manage|managing|supervise|supervising|encadrer|encadrement|gérer|diriger|animer|gestionar|gestión|dirigir|liderar|gerir|gerenciar|gestão|führen|leiten|führung|aansturen|leidinggeven)`;
const LEAD_FILL = String.raw`(?:(?:and|et|y|e|und|en)\s+\p{L}+\s+)?(?:(?:a|an|the|your|our|small|large|growing|une|un|des|d['’]|de|la|l['’]|petite|grande|los|las|el|un|una|uma|os|as|ein|eine|einem|einer|kleines|kleinen|von|van|het|een|klein)\s+){0,3}`;

// Communicating as a verb ("communicate clearly", "comunicarte de manera concreta", "kommunizieren") or explaining
// technical matters to others ("explain technical concepts without jargon").
const COMMUNICATE = String.raw`(?:communicat(?:e|es|ing)|comunicar(?:te|se)?|comunicando|communiquer|kommunizier\p{L}*|communiceer\p{L}*|communiceren)`;
const EXPLAIN = String.raw`(?:explain|explaining|articulate|articulating|translate|translating)\s+(?:(?:complex|technical|difficult|the)\s+){1,2}(?:concepts?|topics?|ideas?|issues?|matters?|information|findings|problems?|solutions?)`;
const COMM_WORD = /communi|comunica|kommuni|explain|articulat|translat/i;

// Working in a team as a way of working ("works well in a team environment", "trabajar con otros equipos", "im Team
// arbeiten"), not working with one named team ("work with the data team").
const WORK = String.raw`(?:work|works|working|trabajar|trabajando|travailler|trabalhar|trabalhando|werken|arbeiten|arbeitest)`;
const IN_TEAM = String.raw`(?:(?:well|effectively|closely|best|gerne|bien|bem)\s+)?(?:in|within|as part of|as a member of|with other|across|en|em|im|in einem|in een|con otros|avec d['’]autres|mit anderen|com outras)\s+(?:(?:a|an|small|large|diverse|international|multidisciplinary|cross-functional|multidisciplinaire|pequeño|kleinen)\s+){0,2}`;
// Managing, influencing or aligning stakeholders ("the ability to influence a wide range of customer stakeholders").
const STAKEHOLDER_VERB = String.raw`(?:influenc\p{L}*|manag(?:e|es|ing)|align(?:ing)?)`;

// By id: a parse reads the core's id map only (a name look-up would build the whole label index on the first parse).
// Each with a cheap gate every match holds: most lines skip the pattern.
const PHRASES: [string, RegExp, RegExp][] = [
  ['teamwork', TEAM_WORD, new RegExp(String.raw`${B}${COLLAB}\s+${FEW(4)}${TEAM}`, 'iu')],
  ['teamwork', TEAM_WORD, new RegExp(String.raw`${B}${TEAM_NOUN}\s?(?:collaboration|zusammenarbeit|samenwerking|play|player)${E}`, 'iu')],
  ['teamwork', TEAM_WORD, new RegExp(String.raw`${B}${WORK}\s+${IN_TEAM}${TEAM}`, 'iu')],
  ['stakeholder-management', /stakeholder/i, new RegExp(String.raw`${B}${STAKEHOLDER_VERB}[,\s]+${FEW(5)}stakeholders?${E}`, 'iu')],
  ['leadership', TEAM_WORD, new RegExp(String.raw`${B}${LEAD_VERB}\s+${LEAD_FILL}(?:${EN_TEAM}|${OTHER_TEAM})${E}`, 'iu')],
  // Not what machines or the employer do: "services that communicate", "we will communicate any updates".
  ['communication', COMM_WORD, new RegExp(String.raw`${B}(?<!(?:that|which|will|we|they|it)\s)(?:${COMMUNICATE}|${EXPLAIN})${E}`, 'iu')],
];

/** Teamwork, Leadership, Communication and Stakeholder Management named as an act in this text, where the alias
 * lists found none. */
export function softPhraseMatches(text: string, found: readonly SkillMatch[]): SkillMatch[] {
  const out: SkillMatch[] = [];
  for (const [id, gate, re] of PHRASES) {
    if (!gate.test(text)) continue;
    const concept = getConcept(id);
    if (!concept || found.some((m) => m.id === concept.id) || out.some((m) => m.id === concept.id)) continue;
    const m = re.exec(text);
    if (!m) continue;
    out.push({ id: concept.id, name: concept.name, start: m.index, end: m.index + m[0].length, surface: m[0] });
  }
  return out;
}
