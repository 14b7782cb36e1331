// "work with cross-functional teams (sales, engineering, legal)", "stakeholders such as Scrum Masters": the fields
// listed right after a group of people are whom the hire works with, not skills asked for. Only a plural: "a
// distributed team (requires good communication skills)" describes the team. Tools named later in the sentence
// ("…and tools such as Salesforce") stay.
const INTRO =
  /\b(?:teams|stakeholders|colleagues|partners|departments|counterparts|peers)[^\S\n]?(?:\([^\S\n]?(?:(?:including|such as|like|e\.g\.,?|i\.e\.,?)[^\S\n])?|,?[^\S\n](?:including|such as|like|e\.g\.,?|i\.e\.,?|from)[^\S\n]\(?)/gi;
// Departments named by a word in -ing; any other word in -ing opens a list of acts ("including mentoring and
// training", "(helping drive …)").
const DEPARTMENT_ING = /^(?:marketing|engineering|accounting|consulting|manufacturing|purchasing|recruiting|billing|banking|pricing|publishing|ticketing|merchandising)\b/i;
// Where such a list ends: its bracket, the clause, or the purpose that follows it (", to define requirements").
const LIST_END = /[.;:!?)\n]|,[^\S\n](?:to|so|in order|and to|while|where|which|who)\b/i;
const GATE = /teams|stakeholders|colleagues|partners|departments|counterparts|peers/i;
const MAX_LIST = 120;

/** Spans of a unit that list the groups the hire works with. */
export function teamListSpans(text: string): [number, number][] {
  if (!GATE.test(text)) return [];
  const out: [number, number][] = [];
  INTRO.lastIndex = 0;
  for (let m = INTRO.exec(text); m; m = INTRO.exec(text)) {
    const start = m.index + m[0].length;
    const tail = text.slice(start, start + MAX_LIST);
    // "teams including mentoring and training", "(helping drive …)": acts, not groups.
    if (/^\p{Ll}+ing\b/u.test(tail) && !DEPARTMENT_ING.test(tail)) continue;
    const stop = LIST_END.exec(tail);
    out.push([start, start + (stop ? stop.index : tail.length)]);
  }
  return out;
}
