import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/page';
import { ADAPTERS } from '../../lib/page/boards';
import { hnRowPostings } from '../../lib/page/boards/hn';
import { parseHtmlFile } from '../../lib/page/node';

const ROOT = join(__dirname, '../fixtures/pages');
interface Expected { url: string; title: string; company: string; posting: boolean; contains?: string[]; locationText?: string }
type HnRow = { id: string; company: string | null; title: string | null; locationText?: string; salaryText?: string };
interface HnExpected { url: string; posting: boolean; postings: HnRow[]; replies: string[] }

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.html')).map((f) => ({ board: d.name, file: join(ROOT, d.name, f) })));

describe('real saved pages', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(7));
  for (const { board, file } of cases.filter((c) => c.board !== 'hn')) {
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

// Hacker News threads hold many postings, one per top-level comment row; HN has no entry in ADAPTERS.
describe('real saved Hacker News rows', () => {
  for (const { file } of cases.filter((c) => c.board === 'hn')) {
    const exp = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as HnExpected;
    it(`hn/${file.split('/').pop()}`, () => {
      const doc = parseHtmlFile(readFileSync(file, 'utf8'));
      const got = hnRowPostings(doc);
      const byId = new Map(got.map((p) => [p.id, p]));
      for (const row of exp.postings) {
        const p = byId.get(row.id);
        expect(p?.board, row.id).toBe('hn');
        expect(p?.header).toMatchObject({ company: row.company, title: row.title, ...(row.locationText ? { locationText: row.locationText } : {}), ...(row.salaryText ? { salaryText: row.salaryText } : {}) });
        expect(p!.text.length).toBeGreaterThan(200);
      }
      for (const id of exp.replies) expect(byId.has(id), `reply ${id}`).toBe(false);
      const r = extractPage(doc, exp.url);
      if (exp.posting) expect(r?.board).toBe('hn');
      else expect(r).toBeNull();
    });
  }
});
