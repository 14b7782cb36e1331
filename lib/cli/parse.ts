// npm run parse -- [--url URL] FILE...   prints one posting record (JSON) per file, one per line.
import { readPostingFile } from './read-posting';

async function main(argv: string[]): Promise<number> {
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i] ?? null;
    else if (argv[i] === '--help' || argv[i] === '-h') {
      process.stdout.write('usage: npm run parse -- [--url URL] FILE...\n');
      return 0;
    } else files.push(argv[i]!);
  }
  if (files.length === 0) {
    process.stderr.write('parse: no files given (usage: npm run parse -- [--url URL] FILE...)\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const { record, warning } = await readPostingFile(file, url);
      if (warning) process.stderr.write(`parse: ${warning}\n`);
      process.stdout.write(JSON.stringify(record) + '\n');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((err as Error).message);
      process.stderr.write(`parse: cannot read ${file}: ${why}\n`);
      status = 1;
    }
  }
  return status;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
