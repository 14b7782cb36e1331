// A CV's text (pasted, or read from a PDF or Word file) as a proposal: the skills it names with their years
// (lib/profile/cv.ts), the highest degree its education names, the spoken languages it lists, the certificates it
// holds. Each item carries the line it came from. Uses the posting parser's own readers of degrees, languages and
// certificates, asked the CV's question: what does this person hold, not what is asked for.
import { certificationsNamed } from '../posting/certifications';
import { degreeNamed } from '../posting/degree';
import { languagesNamed } from '../posting/languages';
import { readCv } from '../profile/cv';
import { MAX_CV_CHARS } from './limits';
import { highestDegree } from './degree';
import type { LanguageLevel } from '../profile/schema';
import type {
  ImportKind, ImportLookups, ImportResult, ProposedCertification, ProposedDegree, ProposedLanguage, ProposedSkill,
} from './proposal';


type Part = 'education' | 'languages' | 'certifications' | 'other';

// Headings of a CV's parts in the languages the posting parser reads; alone on their line, perhaps with a colon.
const PART_HEADINGS: Array<[Exclude<Part, 'other'>, RegExp]> = [
  ['education', /^(?:education|academic (?:background|history)|qualifications|ausbildung|bildung(?:sweg)?|studium|formation|études|educación|formación(?: académica)?|estudios|opleiding(?:en)?|formação(?: acadêmica)?|educação|istruzione|formazione)$/i],
  ['languages', /^(?:(?:spoken )?languages?|language skills|sprachen|sprachkenntnisse|langues|compétences linguistiques|idiomas|talen|talenkennis|línguas|lingue)$/i],
  ['certifications', /^(?:certifications?|certificates?|licen[cs]es?(?: (?:and|&) certifications?)?|zertifikate|zertifizierungen|certificats|certificaciones|certificados|certificaten|certificazioni)$/i],
];
// Any other short line that reads as a heading ends the part above it.
const OTHER_HEADING = /^(?:(?:professional |work )?experience|employment|work history|career|skills|projects|summary|profile|about me|interests|hobbies|references|publications|awards|berufserfahrung|kenntnisse|expérience|compétences|experiencia|habilidades|werkervaring|vaardigheden|experiência|competências)\b/i;

const headingText = (line: string) => line.replace(/^[\s#*_=•-]+|[\s*_:=]+$/g, '').trim();

/** Each line with the part of the CV it is in. */
function linesWithParts(text: string): Array<{ line: string; part: Part }> {
  let part: Part = 'other';
  const out: Array<{ line: string; part: Part }> = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const head = line.length <= 60 ? headingText(line) : '';
    const named = head ? PART_HEADINGS.find(([, re]) => re.test(head))?.[0] : undefined;
    if (named) {
      part = named;
      continue;
    }
    if (head && OTHER_HEADING.test(head) && head.split(/\s+/).length <= 4) part = 'other';
    out.push({ line, part });
  }
  return out;
}

const MAX_SOURCE = 80;
const shown = (line: string) => {
  const t = line.replace(/[#*_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > MAX_SOURCE ? `${t.slice(0, MAX_SOURCE - 1).trimEnd()}…` : t;
};

/** The highest degree named; an Education part, where the CV has one, is the only place read. */
function degreeOf(lines: Array<{ line: string; part: Part }>): ProposedDegree | null {
  const inEducation = lines.filter((l) => l.part === 'education');
  const found: ProposedDegree[] = [];
  for (const { line } of inEducation.length ? inEducation : lines) {
    const level = degreeNamed(line);
    if (level) found.push({ value: level, source: shown(line) });
  }
  return highestDegree(found);
}

type PostingLevel = NonNullable<ReturnType<typeof languagesNamed>[number]['level']>;
const PROFILE_LEVEL: Record<PostingLevel, LanguageLevel> = {
  native: 'native', fluent: 'fluent', professional: 'fluent', good: 'conversational', basic: 'basic',
  C2: 'fluent', C1: 'fluent', B2: 'conversational', B1: 'conversational', A2: 'basic', A1: 'basic',
};

/**
 * Languages listed in a Languages part, or named with a level anywhere ("Fluent in German"). One listed with no
 * level reads as conversational: the review shows the line, and the user can raise it.
 */
function languagesOf(lines: Array<{ line: string; part: Part }>): ProposedLanguage[] {
  const out = new Map<string, ProposedLanguage>();
  for (const { line, part } of lines) {
    for (const { name, level } of languagesNamed(line)) {
      if (out.has(name) || (part !== 'languages' && !level)) continue;
      out.set(name, { name, level: level ? PROFILE_LEVEL[level] : 'conversational', source: shown(line) });
    }
  }
  return [...out.values()];
}

function certificationsOf(lines: Array<{ line: string; part: Part }>): ProposedCertification[] {
  const out = new Map<string, ProposedCertification>();
  for (const { line } of lines) {
    for (const name of certificationsNamed(line)) {
      if (!out.has(name.toLocaleLowerCase())) out.set(name.toLocaleLowerCase(), { name, source: shown(line) });
    }
  }
  return [...out.values()];
}

export function readCvText(text: string, lookups: ImportLookups, kind: ImportKind = 'text'): ImportResult {
  const clean = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  if (!clean.trim()) return { ok: false, error: 'There is no text to read in it.' };
  if (clean.length > MAX_CV_CHARS) {
    return { ok: false, error: `That text is too long (over ${MAX_CV_CHARS.toLocaleString('en')} characters) to be a CV.` };
  }
  try {
    const lines = linesWithParts(clean);
    const skills: ProposedSkill[] = readCv(clean, lookups.match, lookups.now).map((s) => ({
      id: s.id,
      name: s.name,
      years: s.years,
      source: s.evidence ?? (s.surface.toLowerCase() !== s.name.toLowerCase() ? `“${s.surface}”` : 'named in the CV'),
      known: true,
    }));
    return {
      ok: true,
      proposal: { kind, skills, degree: degreeOf(lines), languages: languagesOf(lines), certifications: certificationsOf(lines) },
    };
  } catch (e) {
    return { ok: false, error: `Postfit could not read this CV (${e instanceof Error ? e.message : String(e)}).` };
  }
}
