// Splits a posting body into parts by its headings and says what each part is about.
// A heading is: a markdown '#' line (bold-only lines arrive as '####' from normalizeText), a short line
// ending in ':', a short ALL-CAPS line, a known heading phrase on its own line, or a short Title-Case line
// after a blank line. Inside a requirements part an unknown lead-in ("You have:") is content, not a new
// part, so it does not end the requirements; a nice-to-have lead-in ("Bonus points if you have:") starts
// a preferred part.
import type { Section, SectionKind } from './types';
import { classifyHeading, classifyPlainHeading, type HeadingKind } from './headings';
import { isPreferredText } from './cues';

const BULLET = /^\s*(?:[*•·▪◦‣●○■□➢➤►✓✔–—-]|\d{1,2}[.)])(?:\s|$)/;
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
  return isPreferredText(text) ? 'preferred' : null;
}

interface Found {
  text: string;
  kind: HeadingKind | null;
  /** Headings whose only signal is their shape: unknown ones do not interrupt a requirements part. */
  weak: boolean;
}

function detect(line: string, prevBlank: boolean): Found | null | 'prose' {
  const md = MD_HEADING.exec(line);
  if (md) {
    const text = cleanHeading(md[1] ?? '');
    if (!text) return 'prose';
    if (/[.!]$/.test(text) && words(text) > 6) return 'prose';
    return { text, kind: kindOfLong(text), weak: false };
  }
  const t = line.trim();
  if (!t || BULLET.test(t) || t.length > 100 || /^#\S/.test(t)) return null;
  if (/[:：]$/.test(t) && words(t) <= 12 && !/[.!?]\s/.test(t)) {
    const text = t.replace(/(?<!\s)\s*[:：]$/, '');
    return { text, kind: kindOfLong(text), weak: true };
  }
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && words(t) <= 8 && !/[.,;]$/.test(t)) {
    return { text: t, kind: classifyHeading(t), weak: true };
  }
  const plain = classifyPlainHeading(t);
  if (plain) return { text: t, kind: plain, weak: false };
  // Unknown Title-Case line set off by a blank line ("Identity Statement", "Work Model").
  const ws = prevBlank ? t.split(/\s+/) : [];
  if (prevBlank && ws.length >= 2 && ws.length <= 5 && !/[\d.,;!]/.test(t) && ws.every((w) => w.length < 4 || /^[\p{Lu}&]/u.test(w))) {
    return { text: t, kind: null, weak: true };
  }
  return null;
}

// Content test for generic containers ("Job Description"): mostly requirement-like lines → requirements.
const REQ_MARKERS =
  /\b(?:experience|experienced|years?|knowledge|proficien\w*|familiar\w*|degree|bachelor|master|ability to|skills?|understanding of|background in|you have|must|required|erfahrung|kenntnisse|studium|ausbildung|exp[ée]rience|connaissances?|ma[îi]trise|dipl[ôo]me|experiencia|conocimientos?|titulaci[óo]n|ervaring|kennis|opleiding|experi[êe]ncia|conhecimentos?)\b/i;

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

/** Splits a body into sections; text before the first heading is the 'intro' section. */
export function splitSections(body: string): Section[] {
  const out: Array<Section & { generic?: boolean }> = [];
  let cur: Section & { generic?: boolean } = { kind: 'intro', heading: null, lines: [] };
  const open = (heading: string, kind: HeadingKind | null) => {
    out.push(cur);
    cur = kind === 'generic' ? { kind: 'other', heading, lines: [], generic: true } : { kind: kind ?? 'other', heading, lines: [] };
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
      // "Requirements: 5+ years of Go" — a one-line part, then back to the enclosing part.
      if (k && k !== 'generic' && k !== cur.kind && (k !== 'requirements' || !isReq(cur.kind))) {
        const resume = cur;
        open(inline![1]!, k);
        cur.lines.push(inline![2]!);
        out.push(cur);
        cur = { kind: resume.kind, heading: resume.heading, lines: [], generic: resume.generic };
      } else cur.lines.push(line);
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
    open(d.text, d.kind);
  }
  out.push(cur);
  for (const s of out) {
    if (s.generic) s.kind = kindByContent(s.lines);
    delete s.generic;
  }
  return out.filter((s, i) => i > 0 || s.lines.some((l) => l.trim()) || out.length === 1);
}

/** True when the posting has a part that lists requirements (or nice-to-haves). */
export function hasRequirementsPart(sections: Section[]): boolean {
  return sections.some((s) => isReq(s.kind) && s.lines.some((l) => l.trim()));
}
