// When does an ambiguous alias ("Go", "R", "Spring", "Excel", "Rust") name a skill?
// General rule, no sentence lists: an ambiguous hit is kept when it is written with tech capitalisation
// (not merely sentence-initial) AND it sits in a skill context: either it is a member of a list whose
// neighbour is an accepted skill ("C/C++/Rust", "Python, Java, or Go", "Rider und Visual Studio"),
// or a skill cue is near ("experience with", "knowledge of", "Kenntnisse in", "R programming").
// A lowercase or sentence-initial ambiguous hit needs both a list neighbour and a cue.
// A cased alias (^) passes when capitalised mid-sentence, otherwise it needs a list neighbour or a cue.
// A generic-word alias (?: "testing", "cloud", "tax", "shipping") gains nothing from capitals (they are sentence
// starts and titles): it needs a cue ("experience in testing", "testing frameworks") or a list neighbour
// ("logging, monitoring and alerting"), so "for tax purposes" and "shipping features" stay out.
// A tech noun after a name is a cue too ("Vue frontends", "Go services"), and a list may carry one such noun
// after each member ("Python backends and/or Vue frontends").
import { BOUND as BOUND_KIND, JOIN as JOIN_KIND, SEP as SEP_KIND, WORD as WORD_KIND, ZH_CUE, type Token } from './normalize';
import type { AliasFlag } from './index-data';

// Plain locals: a transpiled import is a getter call per use, and these are read per token.
const BOUND: number = BOUND_KIND;
const JOIN: number = JOIN_KIND;
const SEP: number = SEP_KIND;
const WORD: number = WORD_KIND;

export interface Candidate {
  ci: number;
  flag: AliasFlag;
  /** Token range [i0, i1). */
  i0: number;
  i1: number;
  ok: boolean;
}

const LIST_WORDS = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'u', 'as', 'well', 'plus', 'sowie', 'bzw', 'en', 'of', 'ni', 'nor', 'also', 'etc', 'eg', 'ie']);

const PRE_CUES = new Set([
  'experience', 'experienced', 'knowledge', 'proficiency', 'proficient', 'familiarity', 'familiar', 'expertise', 'expert',
  'skilled', 'skills', 'fluent', 'fluency', 'background', 'using', 'use', 'including', 'such', 'like', 'programming',
  'languages', 'language', 'frameworks', 'framework', 'tools', 'stack', 'technologies', 'written', 'coding', 'develop',
  'developing', 'knowing', 'understanding', 'mastery', 'competence', 'competency', 'exposure', 'worked', 'working',
  'years', 'building', 'familiarite', 'vertraut', 'beherrschung',
  'erfahrung', 'erfahrungen', 'kenntnisse', 'kenntnis', 'programmiersprachen', 'entwicklungsumgebungen', 'sprachen',
  'maitrise', 'maitriser', 'connaissance', 'connaissances', 'experiencia', 'conocimientos', 'conocimiento', 'dominio',
  'ervaring', 'kennis', 'conhecimento', 'conhecimentos', 'eg', 'via',
  // The same cues as verbs, and "tools" in the other languages ("vous maîtrisez Excel", "les outils Word et Excel").
  'maitrisez', 'maitrisant', 'connaissez', 'outils', 'logiciels', 'herramientas', 'ferramentas', 'werkzeuge', 'beherrschst', 'dominas',
]);

const POST_CUES = new Set([
  'programming', 'language', 'developer', 'developers', 'development', 'framework', 'code', 'skills', 'experience',
  'scripting', 'scripts', 'spreadsheets', 'spreadsheet', 'engineer', 'engineers', 'ecosystem', 'applications', 'apps',
  'kenntnisse', 'erfahrung', 'programmierung', 'entwicklung', 'boot', 'proficiency', 'knowledge', 'expertise',
]);

/** Nouns a tech name heads ("Vue frontends", "Go services", "testing frameworks", "monitoring tools"). */
const TECH_HEADS = new Set([
  'frontend', 'frontends', 'backend', 'backends', 'services', 'service', 'microservices', 'codebase', 'codebases',
  'libraries', 'library', 'sdk', 'sdks', 'stack', 'stacks', 'tools', 'tooling', 'toolchain', 'frameworks', 'systems',
  'platforms', 'pipelines', 'practices', 'projects', 'components', 'modules', 'packages', 'servers', 'clients',
  'programs', 'scripts', 'tests', 'apis', 'environments', 'infrastructure', 'strategies', 'solutions', 'reports',
  'werkzeuge', 'systeme', 'outils', 'herramientas',
]);
for (const w of TECH_HEADS) POST_CUES.add(w);
PRE_CUES.add(ZH_CUE);
POST_CUES.add(ZH_CUE);

const lower = (s: string) => s === s.toLowerCase();
// Not inline: tsx (esbuild) would rebuild it on every call (a `new RegExp` for \p{…} outside a class).
const UPPER = /\p{Lu}/u;

function isInitial(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !p || p.kind === BOUND;
}

/** Is the surface written like a tech name rather than an ordinary word? */
function techCased(text: string, tokens: Token[], c: Candidate): boolean {
  const first = tokens[c.i0] as Token;
  const last = tokens[c.i1 - 1] as Token;
  const surface = text.slice(first.s, last.e);
  if (lower(surface)) return false;
  if (shouted(text, tokens, c)) return false;
  const letters = surface.replace(/[^\p{L}]/gu, '');
  // Single letters (R, C) and acronyms are fine whenever upper case; mixed case (GitLab) is always tech.
  if (letters.length > 1 && UPPER.test(letters.slice(1))) return true;
  if (letters.length === 1) return !lower(letters);
  return !isInitial(tokens, c.i0);
}

/** Is the hit in a run of words written all in capitals ("SOLID UNDERSTANDING OF JAVA")? Its case says nothing. */
function shouted(text: string, tokens: Token[], c: Candidate): boolean {
  const caps = (k: number) => {
    const t = tokens[k];
    if (!t || t.kind !== WORD) return false;
    const w = text.slice(t.s, t.e);
    return w.length >= 2 && UPPER.test(w) && w === w.toUpperCase() && /\p{L}{2}/u.test(w);
  };
  const surface = text.slice((tokens[c.i0] as Token).s, (tokens[c.i1 - 1] as Token).e);
  if (surface !== surface.toUpperCase()) return false;
  // Words run on with spaces only: a list of acronyms ("SCIM, AD, CLI") is no shouting.
  let run = 0;
  for (let k = c.i0 - 1; run < 2 && caps(k) && /^\s+$/.test(text.slice((tokens[k] as Token).e, (tokens[k + 1] as Token).s)); k--) run++;
  for (let k = c.i1; run < 2 && caps(k) && /^\s+$/.test(text.slice((tokens[k - 1] as Token).e, (tokens[k] as Token).s)); k++) run++;
  return run >= 2;
}

function hasCue(tokens: Token[], c: Candidate): boolean {
  for (let k = c.i0 - 1, n = 0; k >= 0 && n < 6; k--, n++) {
    const t = tokens[k] as Token;
    if (t.kind === BOUND) break;
    if (t.kind === WORD && PRE_CUES.has(t.t)) return true;
  }
  for (let k = c.i1, n = 0; k < tokens.length && n < 2; k++, n++) {
    const t = tokens[k] as Token;
    if (t.kind === BOUND || t.kind === SEP) break;
    if (t.kind === WORD && POST_CUES.has(t.t)) return true;
  }
  return false;
}

const QUALITY = /^(?:proper|good|solid|strong|sound|basic|robust|thorough|thoughtful|appropriate|effective|proactive|continuous|reliable|comprehensive|rigorous|automated)$/;

function listGap(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === SEP || (t.kind === JOIN && (t.t === '/' || t.t === '&'))) continue;
    if (t.kind === WORD && LIST_WORDS.has(t.t)) continue;
    // one head noun right after the previous member: "Python backends and/or Vue frontends"
    if (k === from && t.kind === WORD && TECH_HEADS.has(t.t)) continue;
    if (t.kind === WORD && inParens(tokens, from, to, k)) continue;
    // one word of quality right before the next member: "code reviews, appropriate testing, proper rollout, monitoring"
    if (k === to - 1 && k > from && t.kind === WORD && QUALITY.test(t.t) && (tokens[k - 1] as Token).kind === SEP) continue;
    return false;
  }
  return true;
}

/** Is token k of a gap inside a parenthetical ("Auth0 (Terraform provider), Dex")? */
function inParens(tokens: Token[], from: number, to: number, k: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const t = (tokens[j] as Token).t;
    if (t === ')') break;
    if (t === '(') return true;
  }
  for (let j = k + 1; j < to; j++) {
    const t = (tokens[j] as Token).t;
    if (t === '(') break;
    if (t === ')') return true;
  }
  return false;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'their', 'our', 'your', 'its', 'his', 'her', 'multiple', 'several']);

// Words that may follow a generic word used as a noun ("testing in production", "monitoring of services").
const FUNCTION_WORDS = new Set([
  'in', 'of', 'for', 'with', 'at', 'on', 'to', 'as', 'is', 'are', 'was', 'be', 'within', 'across', 'using', 'via',
  'from', 'by', 'into', 'through', 'including', 'such', 'like', 'de', 'des', 'du', 'la', 'le', 'les', 'del',
  'el', 'los', 'las', 'da', 'do', 'dos', 'das', 'der', 'die', 'im', 'bei', 'mit', 'von', 'zu', 'fur', 'van', 'het', 'met',
  'a', 'an', 'the', 'que', 'para', 'pour', 'avec', 'con', 'sur',
]);
for (const w of ['methodologies', 'methods', 'techniques', 'principles', 'best', 'concepts', 'standards']) POST_CUES.add(w);

/** Is a generic word a modifier or a verb here ("tax purposes", "shipping features", "backend features")?
 * Then it names no skill: the next word is a content word that is neither a tech head nor a list word. */
function modifies(tokens: Token[], c: Candidate): boolean {
  const t = tokens[c.i1];
  if (!t || t.kind !== WORD) return false;
  if (POST_CUES.has(t.t) || LIST_WORDS.has(t.t) || FUNCTION_WORDS.has(t.t)) return false;
  // A verb in -ing with its object opens a clause, not a compound ("experience in sales managing a territory").
  const o = tokens[c.i1 + 1];
  return !(t.t.endsWith('ing') && o?.kind === WORD && DETERMINERS.has(o.t));
}

// Verbs of making and running software or of handling data: a generic word in -ing listed with them is one more such verb ("building,
// shipping and maintaining apps"), and one followed by what is made is too ("shipping code").
const WORK_VERBS = new Set(['building', 'developing', 'designing', 'testing', 'deploying', 'maintaining', 'operating',
  'supporting', 'launching', 'delivering', 'releasing', 'debugging', 'growing', 'scaling', 'iterating', 'writing',
  'owning', 'running', 'shipping', 'creating', 'implementing', 'architecting', 'prototyping', 'evolving', 'productionizing',
  // and of handling data ("cleaning, aggregating, and validating data sets")
  'aggregating', 'validating', 'normalizing', 'normalising', 'transforming', 'processing', 'analyzing', 'analysing',
  'collecting', 'cleansing', 'wrangling', 'ingesting', 'improving']);
// What is made, as the verb's object: not "systems" or "services" ("monitoring systems", "billing services" are things).
const WORK_OBJECTS = new Set(['code', 'products', 'product', 'features', 'feature', 'software', 'apps', 'app', 'releases',
  'updates', 'projects', 'experiences', 'changes', 'improvements', 'value', 'things', 'quickly', 'fast', 'often']);

/** Is a generic word in -ing a verb of the work here ("building, shipping and maintaining", "shipping code")? */
function workVerb(tokens: Token[], c: Candidate, covered: Set<number>): boolean {
  if (c.i1 - c.i0 !== 1 || !(tokens[c.i0] as Token).t.endsWith('ing')) return false;
  const next = tokens[c.i1];
  if (next?.kind === WORD && WORK_OBJECTS.has(next.t)) return true;
  // Listed with a verb ("building, shipping"), not governed by one ("implementing monitoring solutions").
  const verbAt = (k: number, step: number): boolean => {
    let listed = false;
    for (; k >= 0 && k < tokens.length; k += step) {
      const t = tokens[k] as Token;
      if (t.kind === SEP || (t.kind === JOIN && t.t === '&') || (t.kind === WORD && (t.t === 'and' || t.t === 'or'))) {
        listed = true;
        continue;
      }
      return listed && t.kind === WORD && WORK_VERBS.has(t.t) && !covered.has(k);
    }
    return false;
  };
  return verbAt(c.i0 - 1, -1) || verbAt(c.i1, 1);
}

/** Does the hit open a line (a bullet's or requirement's first word: "Safety at the forefront", "Monitoring: ...")? */
function lineInitial(tokens: Token[], c: Candidate): boolean {
  const p = tokens[c.i0 - 1];
  return !p || (p.kind === BOUND && (p.t === '\n' || p.t === '•' || p.t === '*'));
}

/** Marks each candidate ok or not. Plain aliases are always ok; the others are decided to a fixpoint. */
export function resolveContext(text: string, tokens: Token[], cands: Candidate[]): void {
  const covered = new Set<number>();
  for (const c of cands) for (let k = c.i0; k < c.i1; k++) covered.add(k);
  // A generic word that modifies the next one or is a verb of the work names no skill.
  const notNoun = cands.map((c) => c.flag === 3 && (modifies(tokens, c) || workVerb(tokens, c, covered)));
  const need: { cased: boolean; cue: boolean }[] = cands.map((c, k) => {
    c.ok = c.flag === 0;
    if (c.flag === 0) return { cased: true, cue: true };
    // Capitals say nothing about a generic word: only its context counts.
    if (c.flag === 3) return { cased: false, cue: !notNoun[k] && (hasCue(tokens, c) || lineInitial(tokens, c)) };
    return { cased: techCased(text, tokens, c), cue: hasCue(tokens, c) };
  });
  // First pass without lists.
  cands.forEach((c, k) => {
    if (c.ok) return;
    const { cased, cue } = need[k]!;
    if (c.flag === 1 && cased) c.ok = true;
    else if (c.flag === 3 && cue) c.ok = true;
    else if (cased && cue) c.ok = true;
  });
  let changed = true;
  while (changed) {
    changed = false;
    cands.forEach((c, k) => {
      if (c.ok) return;
      const prev = cands[k - 1];
      const next = cands[k + 1];
      // Two generic words listed together vouch for each other ("monitoring reports and logs").
      const okOrGeneric = (d: Candidate | undefined, j: number) => !!d && (d.ok || (c.flag === 3 && d.flag === 3 && !notNoun[j]));
      // A generic word right against a name is its modifier or head, not a list member ("cross-functional partnerships").
      // So is a cased name against one with only a space between ("Solid debugging skills").
      const apart = (from: number, to: number) =>
        to > from || (c.flag === 1 && !/^\s*$/.test(text.slice((tokens[from - 1] as Token).e, (tokens[to] as Token).s)));
      const gap = (from: number, to: number) => ((c.flag !== 3 && c.flag !== 1) || apart(from, to)) && listGap(tokens, from, to);
      const list = (okOrGeneric(prev, k - 1) && gap(prev!.i1, c.i0)) || (okOrGeneric(next, k + 1) && gap(c.i1, next!.i0));
      if (!list) return;
      const { cased, cue } = need[k]!;
      if (c.flag === 1 || (c.flag === 3 && !notNoun[k]) || cased || cue) {
        c.ok = true;
        changed = true;
      }
    });
  }
}
