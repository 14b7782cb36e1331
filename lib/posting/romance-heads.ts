// Romance languages put a compound's head first and share it across a list: "gestão de projetos e produtos" asks
// for project management and product management, "testes de integração e de performance" for both kinds of
// testing; "análise e modelagem de dados" shares the complement instead. Each member is tried with the shared part;
// a member that names a skill so is an item of its own (as shared-head.ts does for English "unit and integration
// testing").
import type { SkillMatch } from './types';
import { matchSkills } from '../taxonomy/match';

const PREP = String.raw`(?:de|da|do|das|dos|del|des|du|de la|de los|de las)`;
// A member: one or two words, a slash or a conjunction between members.
const WORD = String.raw`\p{L}[\p{L}-]*`;
const MEMBER = String.raw`${WORD}(?: (?!(?:e|y|et|ou|o|u|de|da|do|des|du|del)(?![\p{L}]))${WORD})?`;
// Single spaces, as normalised text has them: a run of spaces would make every start position a new try.
const JOIN = String.raw`(?: ?[,/] ?(?:(?:e|y|et|ou|o|u) )?| (?:e|y|et|ou|o|u) )`;
// Found from each preposition, not tried at every word: a preposition, then the list after it ("gestão de projetos,
// produtos e pessoas"), or the two heads before it ("análise e modelagem de dados").
const PREP_AT = new RegExp(String.raw` (${PREP}) `, 'giu');
const LIST_AFTER = new RegExp(String.raw`${MEMBER}(?:${JOIN}(?:${PREP} )?${MEMBER}){1,5}`, 'yiu');
const OBJECT_AFTER = new RegExp(String.raw`${MEMBER}(?![\p{L}])`, 'yiu');
const HEADS_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${WORD})${JOIN}(${WORD})$`, 'iu');
const HEAD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${WORD})$`, 'iu');
const SPLIT = new RegExp(JOIN, 'iu');
const LEADING_PREP = new RegExp(String.raw`^${PREP} `, 'iu');
// Words a list of this shape runs on with that are not members ("de projetos e com foco em…").
const STOP = /^(?:com|con|avec|with|para|pour|por|par|em|en|no|na|nos|nas|que|qui|a|o|os|as|le|la|les|el|los|las|um|uma|un|une|una)$/i;

/** The one concept a probe names as a whole, or none. */
function whole(probe: string): SkillMatch | undefined {
  const found = matchSkills(probe);
  const m = found.length === 1 ? found[0]! : undefined;
  return m && m.start === 0 && m.end === probe.length ? m : undefined;
}

function covered(known: readonly SkillMatch[], start: number, end: number): boolean {
  return known.some((m) => m.start < end && start < m.end);
}

/** Skills named by a member of a Romance list with the list's shared head or complement. */
export function romanceHeadMatches(text: string, known: readonly SkillMatch[]): SkillMatch[] {
  const out: SkillMatch[] = [];
  const add = (m: SkillMatch, start: number, surface: string) => {
    if (!out.some((o) => o.id === m.id) && !known.some((k) => k.id === m.id)) out.push({ id: m.id, name: m.name, start, end: start + surface.length, surface });
  };
  PREP_AT.lastIndex = 0;
  for (let p = PREP_AT.exec(text); p; p = PREP_AT.exec(text)) {
    const prep = p[1]!;
    const after = p.index + p[0].length;
    PREP_AT.lastIndex = after - 1; // the list's own prepositions are found again
    const before = text.slice(Math.max(0, p.index - 60), p.index);
    const head = HEAD_BEFORE.exec(before)?.[1];
    LIST_AFTER.lastIndex = after;
    const list = head ? LIST_AFTER.exec(text)?.[0] : undefined;
    if (head && list) {
      const members = list.split(SPLIT);
      // The first member meets the head in the text: the matcher read it there.
      if (whole(`${head} ${prep} ${members[0]}`)) {
        let at = after;
        for (const [k, raw] of members.entries()) {
          const start = text.indexOf(raw, at);
          at = start + raw.length;
          const member = raw.replace(LEADING_PREP, '');
          if (k === 0 || STOP.test(member.split(' ')[0]!)) continue;
          const m = whole(`${head} ${prep} ${member}`);
          if (m && !covered(known, start, start + raw.length)) add(m, start, raw);
        }
      }
    }
    const heads = HEADS_BEFORE.exec(before);
    OBJECT_AFTER.lastIndex = after;
    const object = heads ? OBJECT_AFTER.exec(text)?.[0] : undefined;
    if (heads && object && whole(`${heads[2]} ${prep} ${object}`)) {
      const first = heads[1]!;
      const start = p.index - before.length + heads.index;
      const m = whole(`${first} ${prep} ${object}`);
      if (m && !covered(known, start, start + first.length)) add(m, start, first);
    }
  }
  return out;
}
