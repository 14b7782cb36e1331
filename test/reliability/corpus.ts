// The real inputs the fuzzers start from: labelled dev postings, seed postings, saved board pages (with the
// address each was saved from) and the dev set's saved career pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtmlFile } from '../../lib/page/node';
import { DEV, SHARED } from '../parser/dev-set';

const texts = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));

/** Posting texts: the dev set and the seeds. */
export function postingTexts(): string[] {
  return [...texts(join(DEV, 'postings')), ...texts(join(SHARED, 'seeds'))];
}

export interface SavedPage {
  name: string;
  url: string;
  html: string;
}

const FIXTURES = join(import.meta.dirname, '../fixtures/pages');

/** test/fixtures/pages/<board>/*.html with the url from their .json, and ../shared/dev/html with URLS.tsv. */
export function savedPages(): SavedPage[] {
  const boards = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory());
  const fixtures = boards.flatMap((d) =>
    readdirSync(join(FIXTURES, d.name))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => {
        const file = join(FIXTURES, d.name, f);
        const { url } = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as { url: string };
        return { name: `${d.name}/${f}`, url, html: readFileSync(file, 'utf8') };
      }),
  );
  const rows = readFileSync(join(DEV, 'html', 'URLS.tsv'), 'utf8').trim().split('\n').slice(1);
  const dev = rows.map((r) => {
    const [file, url] = r.split('\t') as [string, string];
    return { name: `dev/${file}`, url, html: readFileSync(join(DEV, 'html', file), 'utf8') };
  });
  return [...fixtures, ...dev];
}

/**
 * The page without what carries no posting text (code, styles, icons), so that a window cut out of it lands
 * in markup that matters. JSON-LD scripts stay.
 */
export function slim(html: string): string {
  const doc = parseHtmlFile(html);
  const drop = 'script:not([type="application/ld+json" i]), style, svg, link, noscript, iframe';
  for (const el of Array.from(doc.querySelectorAll(drop))) el.remove();
  return doc.toString();
}
