// Splits a posting body into parts by its headings and says what each part is about.
// A heading is: a markdown '#' line (bold-only lines arrive as '####' from normalizeText), a short line
// ending in ':', a short ALL-CAPS line, a known heading phrase on its own line, or a short Title-Case line
// after a blank line. Inside a requirements part an unknown lead-in ("You have:") is content, not a new
// part, so it does not end the requirements; a nice-to-have lead-in ("Bonus points if you have:") starts
// a preferred part.
import type { Section, SectionKind } from './types';
import { classifyHeading, classifyPlainHeading, type HeadingKind } from './headings';
import { isPreferredText } from './cues';
import { GLUED_BULLET } from './bullets';

const BULLET = new RegExp(String.raw`^\s*(?:(?:[*•·▪◦‣●○■□➢➤►✓✔–—-]|\d{1,2}[.)])(?:\s|$)|${GLUED_BULLET})`, 'u');
const MD_HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;

// s.split(/\s+/).filter(Boolean).length: the runs of non-space, counted without split's copy of the regex.
const words = (s: string) => s.match(WORD_RUN)?.length ?? 0;
const WORD_RUN = /\S+/g;
const cleanHeading = (s: string) =>
  s
    .replace(/\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/[`*_]+/g, '')
    .trim()
    .replace(/\s#+$/, '')
    .replace(/[:：]$/, '')
    .trim();

function kindOfLong(text: string): HeadingKind | null {
  if (words(text) <= 12) return classifyHeading(text);
  if (isPreferredText(text)) return 'preferred';
  // "Being a Success Engineer here would be a great fit for you if you:": a long lead-in whose last words turn to
  // the reader introduces what they bring.
  return IF_YOU_END.test(text) ? 'requirements' : null;
}
const IF_YOU_END = /\b(?:if|when) you(?: (?:have|are|can|bring|know))?\s*[:：]?$/i;

interface Found {
  text: string;
  kind: HeadingKind | null;
  /** Headings whose only signal is their shape: unknown ones do not interrupt a requirements part. */
  weak: boolean;
  /** Markdown depth (1-6; bold-only lines arrive as 4); null for plain lines. */
  level?: number | null;
  /** A sentence introducing a list, not a heading: it counts only when a list follows. */
  lead?: boolean;
}

// A sentence that introduces a list of requirements instead of a heading ("To succeed in this role you
// should have the following:", "Pour ce poste, vous avez :"). Only read on a line that ends in a colon and is
// followed by a list, so a prose "you have the chance to…" never opens a part.
const REQ_LEAD =
  /\b(?:you(?:'ll|’ll| will| should| must| would)? (?:need|have|bring|possess)(?! (?:the |many |some |plenty of |lots of )?(?:chances?|opportunit|possibilit|access|freedom)| to know)|(?:we(?:'re|’re| are)?|i'?m) (?:looking for|seeking)|ideal (?:candidate|applicant)s?|candidates? (?:must|should|will) (?:have|be|bring)|we expect|du (?:bringst|hast|bist|verf[üu]gst)|sie (?:bringen|haben|verf[üu]gen)|vous (?:avez|[êe]tes|ma[îi]trisez|poss[ée]dez)(?! (?:en charge|pour (?:mission|r[ôo]le|t[âa]che)))|tu (?:as|es)(?! (?:en charge|pour mission))|(?:buscamos|necesitamos|requisitos|tienes(?! a tu cargo)|cuentas con)|je (?:hebt|bent|beschikt)|(?:wij|we) zoeken|(?:voc[êe] (?:tem|possui|precisa)|procuramos)|(?:cerchiamo|requisiti)|vi s[öo]ker)\b/i;

// A sentence that says requirements follow, without a colon ("The following qualifications are required.").
const NAMED_DEMANDS =
  /\b(?:requirements|qualifications|criteria|prerequisites)\b[^.:]{0,40}\b(?:must|should|need to|are required|apply|include)\b|\bthe following (?:requirements|qualifications|skills)\b|\bmust (?:meet|have) the following\b/i;

function detect(line: string, prevBlank: boolean): Found | null | 'prose' {
  const md = MD_HEADING.exec(line);
  if (md) {
    const text = cleanHeading(md[1] ?? '');
    if (!text) return 'prose';
    if (/[.!]$/.test(text) && words(text) > 6) return 'prose';
    return { text, kind: kindOfLong(text), weak: false, level: md[0].trimStart().indexOf(' ') };
  }
  const t = headingShape(line);
  if (!t || BULLET.test(t) || /^#\S/.test(t)) return null;
  // "Please note that certain requirements must be met in order to be eligible." before a list: a lead-in too.
  if (t.length <= 300 && /\.$/.test(t) && NAMED_DEMANDS.test(lastSentence(t.slice(0, -1)))) return leadIn(t.slice(0, -1));
  if (t.length > 100) return t.length <= 300 && /[:：]$/.test(t) && REQ_LEAD.test(lastSentence(t)) ? leadIn(t) : null;
  if (/[:：]$/.test(t) && words(t) <= 12 && !/[.!?]\s/.test(t)) {
    const text = t.replace(/(?<!\s)\s*[:：]$/, '');
    const kind = kindOfLong(text);
    return kind == null && REQ_LEAD.test(text) ? leadIn(t) : { text, kind, weak: true, level: null };
  }
  if (/[:：]$/.test(t) && REQ_LEAD.test(lastSentence(t))) return leadIn(t);
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && words(t) <= 8 && !/[.,;]$/.test(t)) {
    return { text: t, kind: classifyHeading(t), weak: true };
  }
  const plain = classifyPlainHeading(t);
  if (plain) return { text: t, kind: plain, weak: false };
  // "Bonus points!": an exclamation does not make a nice-to-have heading prose.
  if (/^[^.!?]{3,30}!$/.test(t) && classifyPlainHeading(t.slice(0, -1)) === 'preferred') return { text: t.slice(0, -1), kind: 'preferred', weak: false };
  // Unknown Title-Case line set off by a blank line ("Identity Statement", "Work Model").
  const ws = prevBlank ? t.split(/\s+/) : [];
  if (prevBlank && ws.length >= 2 && ws.length <= 5 && !/[\d.,;!]/.test(t) && ws.every((w) => w.length < 4 || /^[\p{Lu}&]/u.test(w))) {
    return { text: t, kind: null, weak: true };
  }
  return null;
}

// A heading that trails off ("You are a good fit if you...") reads as the colon its ellipsis stands for; the loop
// lets such a line count only when a list follows it.
const ENDS_IN_ELLIPSIS = /(?:\.\.\.|…)[\s*_]*$/;
function headingShape(line: string): string {
  const t = line.trim();
  return ENDS_IN_ELLIPSIS.test(t) && !/[.!?]\s/.test(t) ? t.replace(ENDS_IN_ELLIPSIS, ':') : t;
}

// "…a serious matter. Here's what you need to know:" — only the sentence that ends in the colon introduces the list.
const lastSentence = (t: string) => t.slice(Math.max(t.lastIndexOf('. '), t.lastIndexOf('! '), t.lastIndexOf('? ')) + 1);

/** A sentence ending in a colon that introduces requirements: a weak requirements heading (see REQ_LEAD). */
function leadIn(t: string): Found {
  const text = t.replace(/(?<!\s)\s*[:：]$/, '');
  return { text, kind: isPreferredText(text) ? 'preferred' : 'requirements', weak: true, level: null, lead: true };
}

// Content test for generic containers ("Job Description"): mostly requirement-like lines → requirements.
const REQ_MARKERS =
  /\b(?:experience|experienced|years?|knowledge|proficien\w*|familiar\w*|degree|bachelor|master|ability to|skills?|understanding of|background in|you have|must|required|erfahrung|kenntnisse|studium|ausbildung|exp[ée]rience|connaissances?|ma[îi]trise|dipl[ôo]me|experiencia|conocimientos?|titulaci[óo]n|ervaring|kennis|opleiding|experi[êe]ncia|conhecimentos?|forma[çc][ãa]o|esperienza|conoscenz[ae]|laurea|erfarenhet|kunskap(?:er)?|utbildning|hast|bist|verf[üu]gst)\b/i;

function kindByContent(lines: string[]): SectionKind {
  // Only list-like lines count: a prose paragraph that mentions "experience" is a pitch, not a list.
  const items = lines.map((l) => l.trim()).filter((l) => l.length > 2 && l.length <= 250);
  if (items.length < 2) return 'other';
  const hits = items.filter((l) => REQ_MARKERS.test(l)).length;
  return hits / items.length >= 0.6 ? 'requirements' : 'other';
}

function nextIsBullet(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (t) return BULLET.test(t) || (t.length < 200 && !/[.!]$/.test(t));
  }
  return false;
}

const isReq = (k: SectionKind) => k === 'requirements' || k === 'preferred';

type Draft = Section & { generic?: boolean; unknown?: boolean };

/**
 * An unknown heading inside a requirements part is one of its sub-headings ("DU…", "Technical", "Soft
 * skills") when the part has nothing under its own heading yet ("Qualifications" then "DU…"), or when it
 * sits deeper in the markdown outline and introduces a list. Otherwise it ends the part.
 */
function isSubHeading(cur: Section, curLevel: number | null, d: Found, lines: string[], li: number): boolean {
  if (!cur.lines.some((l) => l.trim())) return true;
  return d.level != null && curLevel != null && d.level > curLevel && listAfterIsRequirements(lines, li);
}

/** The list right after line li (blank lines skipped) is worded as requirements, at least half of it. */
function listAfterIsRequirements(lines: string[], li: number): boolean {
  let items = 0;
  let hits = 0;
  let intro = false; // one line of prose may introduce the list ("Above all, you get things done. You have:")
  for (let j = li + 1; j < lines.length; j++) {
    const t = lines[j]!.trim();
    if (!t) continue;
    if (!BULLET.test(t)) {
      if (items > 0 || intro || t.startsWith('#')) break;
      intro = true;
      continue;
    }
    items++;
    if (REQ_MARKERS.test(t)) hits++;
  }
  return items > 0 && hits / items >= 0.5;
}

/** At least four list items, most of them worded as requirements (three prose bullets about interviews are not). */
function kindByList(lines: string[]): boolean {
  const items = lines.filter((l) => BULLET.test(l)).map((l) => l.trim());
  if (items.length < 4) return false;
  return items.filter((l) => REQ_MARKERS.test(l)).length / items.length >= 0.6;
}

/** Splits a body into sections; text before the first heading is the 'intro' section. */
export function splitSections(body: string): Section[] {
  const out: Draft[] = [];
  let cur: Draft = { kind: 'intro', heading: null, lines: [], unknown: true };
  let curLevel: number | null = null;
  const open = (heading: string, kind: HeadingKind | null, level: number | null = null) => {
    out.push(cur);
    curLevel = level;
    cur =
      kind === 'generic'
        ? { kind: 'other', heading, lines: [], generic: true }
        : { kind: kind ?? 'other', heading, lines: [], unknown: kind == null };
  };
  const lines = body.split('\n');
  let prevBlank = true;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const d = detect(line, prevBlank);
    prevBlank = !line.trim();
    if (d === 'prose') {
      cur.lines.push(line.replace(/^\s*#+\s*/, ''));
      continue;
    }
    if (!d) {
      const inline = /^\s*([\p{L}][^:]{1,40}?)\s*:\s+(\S.*)$/u.exec(line);
      const k = inline && !BULLET.test(line) && words(inline[1]!) <= 4 ? classifyHeading(inline[1]!) : null;
      if (inline && k && k !== 'generic' && k !== cur.kind) {
        const label = inline[1]!;
        const rest = inline[2]!;
        // "What you must have: (these are must-haves)" over a list: a heading with a note, and the list is its part.
        if (/^\(.*\)$/.test(rest.trim()) && nextIsBullet(lines, li)) {
          open(label, k);
          cur.lines.push(rest);
          continue;
        }
        // "Requirements: 5+ years of Go" — a one-line part, then back to the enclosing part.
        if (k !== 'requirements' || !isReq(cur.kind)) {
          const resume = cur;
          open(label, k);
          cur.lines.push(rest);
          out.push(cur);
          cur = { kind: resume.kind, heading: resume.heading, lines: [], generic: resume.generic };
          continue;
        }
      }
      cur.lines.push(line);
      continue;
    }
    if ((d.lead || (d.level == null && ENDS_IN_ELLIPSIS.test(line))) && !nextIsBullet(lines, li)) {
      cur.lines.push(line); // a sentence ending in a colon with no list after it is prose
      continue;
    }
    if (isReq(cur.kind) && !d.weak && !d.kind && isSubHeading(cur, curLevel, d, lines, li)) {
      if (isPreferredText(d.text)) open(d.text, 'preferred', curLevel);
      else cur.lines.push(d.text + ':'); // a lead-in: it also ends a nice-to-have lead-in above it
      continue;
    }
    if (isReq(cur.kind) && d.weak && d.kind === cur.kind) {
      cur.lines.push(line); // "You have:" inside requirements: a lead-in, same part
      continue;
    }
    if (isReq(cur.kind) && d.weak && !d.kind) {
      if (isPreferredText(d.text)) open(d.text, 'preferred');
      // A lead-in such as "You have:" introduces a list and stays in the requirements part; an unknown
      // label followed by prose ("Clearance:" + a paragraph) is a new part.
      else if (nextIsBullet(lines, li)) cur.lines.push(line);
      else open(d.text, null);
      continue;
    }
    open(d.text, d.kind, d.level);
  }
  out.push(cur);
  for (const s of out) if (s.generic) s.kind = kindByContent(s.lines);
  // No part named as requirements lists anything: a part under an unknown heading (or none) that is a list of
  // requirement-like items is one ("Was wir uns wünschen" in a language the vocabulary lacks). A nice-to-have part
  // or a prose pitch under "What we're looking for" does not stand in for the requirements.
  if (!out.some((s) => s.kind === 'requirements' && s.lines.some((l) => BULLET.test(l)))) {
    for (const s of out) if (s.unknown && kindByList(s.lines)) s.kind = isPreferredText(s.heading ?? '') ? 'preferred' : 'requirements';
  }
  for (const s of out) {
    delete s.generic;
    delete s.unknown;
  }
  return out.filter((s, i) => i > 0 || s.lines.some((l) => l.trim()) || out.length === 1);
}

/** True when the posting has a part that lists requirements (or nice-to-haves). */
export function hasRequirementsPart(sections: Section[]): boolean {
  return sections.some((s) => isReq(s.kind) && s.lines.some((l) => l.trim()));
}
