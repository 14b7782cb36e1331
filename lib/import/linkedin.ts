// Reads the data export a LinkedIn member downloads (Settings › Data privacy › Get a copy of your data): a ZIP of
// CSV files, of which Skills.csv, Positions.csv, Languages.csv, Certifications.csv and Education.csv hold the profile.
// Only those five are inflated. Years: each position's dates count for the skills its title and description name.
import { z } from 'zod';
import { MAX_LIST, MAX_NAME, MAX_SKILLS } from '../profile/schema';
import { degreeOf, highestDegree } from './degree';
import { entryRange } from './dates';
import { readCsvTable } from './csv';
import { languageLevel } from './language-level';
import type { ImportLookups, ImportResult, ProposedCertification, ProposedDegree, ProposedLanguage } from './proposal';
import { SkillGatherer } from './skills';
import { unzip } from './zip';

// Each row is checked like any imported record: every cell a bounded string (a missing one reads as empty). A row
// that fails (a "skill name" of a whole paragraph) is left out; the rest of the file still counts.
const cell = (max = MAX_NAME) => z.string().trim().max(max).default('');
const FILES = {
  skills: { file: 'Skills.csv', columns: ['Name'], row: z.object({ Name: cell() }) },
  positions: {
    file: 'Positions.csv',
    columns: ['Company Name', 'Title', 'Started On'],
    row: z.object({ 'Company Name': cell(), Title: cell(), Description: cell(50_000), 'Started On': cell(50), 'Finished On': cell(50) }),
  },
  languages: { file: 'Languages.csv', columns: ['Name', 'Proficiency'], row: z.object({ Name: cell(100), Proficiency: cell() }) },
  certifications: { file: 'Certifications.csv', columns: ['Name'], row: z.object({ Name: cell(), Authority: cell(), 'Started On': cell(50) }) },
  education: { file: 'Education.csv', columns: ['School Name', 'Degree Name'], row: z.object({ 'School Name': cell(), 'Degree Name': cell() }) },
} as const;
type Part = keyof typeof FILES;

export const LINKEDIN_MESSAGES = {
  notExport:
    'This ZIP is not a LinkedIn data export (it has none of Skills.csv, Positions.csv, Languages.csv, Certifications.csv or Education.csv); download your data from LinkedIn under Settings › Data privacy › Get a copy of your data.',
  damaged: (file: string) => `${file} in this LinkedIn export is damaged or not in the expected format; download the export again.`,
  nothing: 'This LinkedIn export lists no skills, positions, languages, certifications or degree that Postfit can use.',
};

const baseName = (path: string) => path.split(/[\\/]/).pop()!.toLowerCase();
/** Copies macOS adds when it zips a folder ("__MACOSX/…", "._Skills.csv") are not the files. */
const isJunk = (path: string) => path.startsWith('__MACOSX/') || baseName(path).startsWith('._');

/** The archive path of each file, wherever it sits (an export unzipped and zipped again gains a folder). */
function locate(names: string[]): Partial<Record<Part, string>> {
  const out: Partial<Record<Part, string>> = {};
  for (const part of Object.keys(FILES) as Part[]) {
    const want = FILES[part].file.toLowerCase();
    const hits = names.filter((n) => !isJunk(n) && baseName(n) === want).sort((a, b) => a.split('/').length - b.split('/').length);
    if (hits[0]) out[part] = hits[0];
  }
  return out;
}

type Rows<P extends Part> = z.infer<(typeof FILES)[P]['row']>[];
/** The five files' rows, each checked; what the taxonomy then reads. Plain data, so a worker can hand it over. */
export type LinkedInTables = { [P in Part]: Rows<P> } & { problems: string[] };

// Far beyond any member's export; bounds the taxonomy's work on the popup's thread (a position's text is matched).
const MAX_ROWS: Record<Part, number> = { skills: MAX_SKILLS, positions: 300, languages: 200, certifications: MAX_LIST, education: 100 };

/** The byte-heavy half (unzip, CSV, row checks), with no taxonomy: it may run in a worker off the popup's thread. */
export function readLinkedInTables(bytes: Uint8Array): { ok: true; tables: LinkedInTables } | { ok: false; error: string } {
  const listing = unzip(bytes, () => false);
  if (!listing.ok) return listing;
  const paths = locate(listing.names);
  const wanted = new Set(Object.values(paths));
  if (!wanted.size) return { ok: false, error: LINKEDIN_MESSAGES.notExport };
  const zip = unzip(bytes, (n) => wanted.has(n));
  if (!zip.ok) return zip;

  const problems: string[] = [];
  const table = <P extends Part>(part: P): Rows<P> => {
    const path = paths[part];
    const raw = path && zip.files.get(path);
    if (!raw) return [];
    const t = readCsvTable(new TextDecoder().decode(raw), FILES[part].columns);
    if (!t.ok) {
      problems.push(LINKEDIN_MESSAGES.damaged(FILES[part].file));
      return [];
    }
    return t.rows.slice(0, MAX_ROWS[part]).flatMap((r) => {
      const row = FILES[part].row.safeParse(r);
      return row.success ? [row.data as Rows<P>[number]] : [];
    });
  };
  const tables = {
    skills: table('skills'), positions: table('positions'), languages: table('languages'),
    certifications: table('certifications'), education: table('education'), problems,
  };
  return { ok: true, tables };
}

/** Checks tables handed over by a worker: the same row checks as when they were read. */
export const LinkedInTablesSchema = z.object({
  skills: z.array(FILES.skills.row).max(MAX_ROWS.skills),
  positions: z.array(FILES.positions.row).max(MAX_ROWS.positions),
  languages: z.array(FILES.languages.row).max(MAX_ROWS.languages),
  certifications: z.array(FILES.certifications.row).max(MAX_ROWS.certifications),
  education: z.array(FILES.education.row).max(MAX_ROWS.education),
  problems: z.array(z.string().max(500)).max(10),
});

export function readLinkedInExport(bytes: Uint8Array, lookups: ImportLookups): ImportResult {
  const t = readLinkedInTables(bytes);
  return t.ok ? linkedInProposal(t.tables, lookups) : t;
}

/** The taxonomy half: the tables as a proposal. */
export function linkedInProposal(tables: LinkedInTables, lookups: ImportLookups): ImportResult {
  const { problems } = tables;
  const table = <P extends Part>(part: P): Rows<P> => tables[part] as Rows<P>;
  const gather = new SkillGatherer(lookups);
  for (const row of table('skills')) gather.addName(row.Name, 'LinkedIn skills');
  for (const row of table('positions')) {
    const company = row['Company Name'] || null;
    const dated = entryRange(row['Started On'], row['Finished On'], company, lookups.now);
    gather.addText([row.Title, row.Description].filter(Boolean).join('\n'), dated, company ? `LinkedIn position at ${company}` : 'LinkedIn positions');
  }

  const languages: ProposedLanguage[] = [];
  for (const row of table('languages')) {
    const name = row.Name;
    if (!name || languages.length >= 200 || languages.some((l) => l.name.toLowerCase() === name.toLowerCase())) continue;
    const said = row.Proficiency;
    const level = languageLevel(said);
    languages.push({ name, level: level ?? 'conversational', source: level ? `LinkedIn: ${said}` : 'LinkedIn (no level given; check it)' });
  }

  const certifications: ProposedCertification[] = [];
  for (const row of table('certifications')) {
    const name = row.Name;
    if (!name || certifications.length >= MAX_LIST || certifications.some((c) => c.name.toLowerCase() === name.toLowerCase())) continue;
    certifications.push({ name, source: [row.Authority, row['Started On']].filter(Boolean).join(', ') || 'LinkedIn certifications' });
  }

  const degrees: ProposedDegree[] = [];
  for (const row of table('education')) {
    const value = row['Degree Name'] ? degreeOf(row['Degree Name']) : null;
    if (value) degrees.push({ value, source: [row['Degree Name'], row['School Name']].filter(Boolean).join(', ') });
  }
  const degree = highestDegree(degrees);

  const skills = gather.skills();
  if (!skills.length && !languages.length && !certifications.length && !degree) {
    return { ok: false, error: problems[0] ?? LINKEDIN_MESSAGES.nothing };
  }
  return { ok: true, proposal: { kind: 'linkedin', skills, degree, languages, certifications } };
}
