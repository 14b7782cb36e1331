import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/page';
import { ADAPTERS } from '../../lib/page/boards';
import { parseHtmlFile } from '../../lib/page/node';

const ROOT = join(__dirname, '../fixtures/pages');
interface Expected { url: string; title: string; company: string; posting: boolean; contains?: string[]; locationText?: string }

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.html')).map((f) => ({ board: d.name, file: join(ROOT, d.name, f) })));

describe('real saved pages', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(7));
  for (const { board, file } of cases) {
    const exp = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as Expected;
    it(`${board}/${file.split('/').pop()}`, () => {
      const html = readFileSync(file, 'utf8');
      const r = extractPage(parseHtmlFile(html), exp.url);
      const url = new URL(exp.url);
      const adapter = ADAPTERS.find((a) => a.matches(url));
      expect(adapter?.id).toBe(board);
      // the adapter reads the header even from a tab without a description
      const read = adapter!.read(parseHtmlFile(html), url);
      expect(read?.header.title).toBe(exp.title);
      if (!exp.posting) {
        expect(r).toBeNull();
        return;
      }
      expect(r?.board).toBe(board);
      expect(r?.header.title).toBe(exp.title);
      expect(r?.header.company).toBe(exp.company);
      if (exp.locationText) expect(r?.header.locationText).toBe(exp.locationText);
      for (const c of exp.contains ?? []) expect(r?.text).toContain(c);
      // the DOM path alone, without JSON-LD, still finds the posting
      const bare = extractPage(parseHtmlFile(html.replace(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/gi, '')), exp.url);
      expect(bare?.header.title).toBe(exp.title);
      expect(bare?.text.length).toBeGreaterThan(300);
    });
  }
});
