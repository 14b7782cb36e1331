// npm run fit -- --profile PROFILE.json [--json] [--url URL] FILE...
import { readFile } from 'node:fs/promises';
import { parseProfileFile } from '../profile/by-name';
import { conceptByName } from '../taxonomy/match';
import { fit } from '../fit/score';
import { taxonomyGraph } from '../fit/taxonomy-graph';
import { readPostingFile } from './read-posting';
import { formatReport } from './fit-table';

const USAGE = 'usage: npm run fit -- --profile PROFILE.json [--json] [--url URL] FILE...';
// PROFILE.json: a stored profile (skills with ids) or one written by name (lib/profile/by-name.ts).

async function main(argv: string[]): Promise<number> {
  let profilePath: string | null = null;
  let url: string | null = null;
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--profile') profilePath = argv[++i] ?? null;
    else if (a === '--url') url = argv[++i] ?? null;
    else if (a === '--json') json = true;
    else files.push(a);
  }
  if (!profilePath || files.length === 0) {
    process.stderr.write(`fit: ${!profilePath ? 'no --profile given' : 'no files given'} (${USAGE})\n`);
    return 2;
  }
  let profile;
  try {
    const parsed = parseProfileFile(await readFile(profilePath, 'utf8'), conceptByName);
    if (!parsed.ok) {
      process.stderr.write(`fit: ${profilePath} is not a valid profile; nothing was scored:\n  ${parsed.errors.join('\n  ')}\n`);
      return 2;
    }
    if (parsed.unknown.length) process.stderr.write(`fit: skills not in the taxonomy, kept as typed: ${parsed.unknown.join(', ')}\n`);
    profile = parsed.profile;
  } catch (err) {
    process.stderr.write(`fit: cannot read profile ${profilePath}: ${(err as Error).message}\n`);
    return 2;
  }
  let status = 0;
  const out: string[] = [];
  for (const file of files) {
    try {
      const { record, warning } = await readPostingFile(file, url);
      if (warning) process.stderr.write(`fit: ${warning}\n`);
      const report = fit(profile, record, taxonomyGraph);
      out.push(json ? JSON.stringify({ file, title: record.title, company: record.company, report }) : formatReport(file, record.title, record.company, report));
    } catch (err) {
      process.stderr.write(`fit: cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
      status = 1;
    }
  }
  process.stdout.write(out.join(json ? '\n' : '\n\n') + '\n');
  return status;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
