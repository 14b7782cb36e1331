// "Solid experience as auditor", "3+ years as a data engineer": the role a requirement names is the skill its work is
// (Auditing, Data Engineering). The role noun becomes the name of its work by its ending (auditor → auditing,
// developer → development, analyst → analysis, nurse → nursing), and only a name the taxonomy matches whole, as one
// skill, is taken. A work noun alone that only says a field ("engineering", "management") is not: the words before the
// role must say which.
import type { SkillMatch } from './types';
import { matchSkills } from '../taxonomy/match';

// The work of each role noun, tried in order.
const WORK: Record<string, string[]> = {
  engineer: ['engineering'], developer: ['development'], manager: ['management'], designer: ['design'],
  analyst: ['analysis', 'analytics'], architect: ['architecture'], administrator: ['administration'], scientist: ['science'],
  consultant: ['consulting'], accountant: ['accounting'], auditor: ['auditing', 'audit'], nurse: ['nursing'],
  teacher: ['teaching'], programmer: ['programming'], tester: ['testing'], writer: ['writing'], translator: ['translation'],
  welder: ['welding'], plumber: ['plumbing'], carpenter: ['carpentry'], driver: ['driving'], recruiter: ['recruiting', 'recruitment'],
  marketer: ['marketing'], bookkeeper: ['bookkeeping'], mechanic: ['mechanics'], trainer: ['training'], planner: ['planning'],
  estimator: ['estimating', 'estimation'], inspector: ['inspection'], editor: ['editing'], illustrator: ['illustration'],
  photographer: ['photography'], coordinator: ['coordination'], copywriter: ['copywriting'], paralegal: ['paralegal work'],
};
// Work nouns that alone name only a field.
const FIELD_ONLY = new Set(['engineering', 'development', 'management', 'design', 'architecture', 'administration', 'science', 'analysis', 'analytics', 'testing', 'writing', 'training', 'planning', 'coordination', 'inspection', 'editing']);
// Words of rank and kind that say nothing of the work.
const RANK = new Set(['senior', 'junior', 'lead', 'principal', 'staff', 'chief', 'head', 'mid', 'level', 'experienced', 'professional', 'certified', 'licensed', 'qualified', 'registered', 'full', 'time', 'part', 'former', 'current', 'successful', 'strong', 'hands', 'on', 'i', 'ii', 'iii', 'iv']);
const CUE = /\b(?:experience|experienced|background|years?|worked|working|career|track record)\s+(?:(?:of|in|with|working)\s+)?as\s+(?:an?\s+|the\s+)?([\p{L}][\p{L}\-/+#.]*(?:\s+[\p{L}][\p{L}\-/+#.]*){0,3})/giu;
const WORD = /[\p{L}][\p{L}\-/+#.]*/gu;

/** The work a role noun names, singular or plural ("auditors"), if it is one. */
const workOf = (word: string): string[] | undefined => WORK[word.toLowerCase().replace(/s$/, '')];

/** Skills named by the roles "experience as <role>" asks for, outside what `known` already covers. */
export function roleSkillMatches(text: string, known: readonly SkillMatch[]): SkillMatch[] {
  if (!/\bas\b/i.test(text)) return [];
  const out: SkillMatch[] = [];
  for (const m of text.matchAll(CUE)) {
    const at = m.index + m[0].length - m[1]!.length;
    const words = [...m[1]!.matchAll(WORD)].map((w) => ({ t: w[0], s: at + w.index }));
    // The role is the first word that names one ("a senior backend software engineer with..."); the words before say
    // which work.
    const r = words.findIndex((w) => workOf(w.t) != null);
    if (r < 0) continue;
    const works = workOf(words[r]!.t)!;
    let from = 0;
    while (from < r && RANK.has(words[from]!.t.toLowerCase())) from++;
    const end = words[r]!.s + words[r]!.t.length;
    if (known.some((k) => k.start < end && words[from]!.s < k.end)) continue; // "as a Data Engineer": the matcher read it
    const hit = bestWork(words.slice(from, r).map((w) => w.t), works);
    if (!hit) continue;
    const start = words[from + hit.used]!.s; // the words the name was made of: "Senior Technical Consultant" gave Consulting
    out.push({ id: hit.id, name: hit.name, start, end, surface: text.slice(start, end) });
  }
  return out;
}

/** The longest name "<last modifiers> <work>" the taxonomy matches whole, and the index of its first modifier. */
function bestWork(mods: string[], works: string[]): { id: string; name: string; used: number } | null {
  for (let k = 0; k <= mods.length; k++) {
    for (const work of works) {
      if (k === mods.length && FIELD_ONLY.has(work)) continue;
      const phrase = [...mods.slice(k), work].join(' ');
      const found = matchSkills(phrase);
      if (found.length === 1 && found[0]!.start === 0 && found[0]!.end === phrase.length) return { ...found[0]!, used: k };
    }
  }
  return null;
}
