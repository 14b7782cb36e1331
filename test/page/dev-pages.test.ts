import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/page';
import { parseHtmlFile } from '../../lib/page/node';
import { DEV } from '../parser/dev-set';

const urls = new Map(
  readFileSync(`${DEV}/html/URLS.tsv`, 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t') as [string, string, string]).map(([f, u, t]) => [f, { u, t }]),
);

describe('the saved dev pages: vercel.com/careers (Greenhouse-backed company site) and a JSON-LD careers page', () => {
  for (const [file, { u, t }] of urls) {
    it(file, () => {
      const r = extractPage(parseHtmlFile(readFileSync(`${DEV}/html/${file}`, 'utf8')), u);
      const label = JSON.parse(readFileSync(`${DEV}/labels/${t}.json`, 'utf8')) as { title: string; company: string };
      expect(r).not.toBeNull();
      expect(r?.header.title).toBe(label.title);
      expect(r?.header.company).toBe(label.company);
      // every bullet of the expected text is a "- " line of ours, and no form or nav text leaks in
      const expected = readFileSync(`${DEV}/postings/${t}.txt`, 'utf8');
      const norm = (s: string) => s.replace(/[\u200b]/g, '').replace(/\s+/g, ' ').trim();
      const ours = new Set(r!.text.split('\n').map(norm));
      for (const line of expected.split('\n').filter((l) => l.startsWith('- '))) expect(ours).toContain(norm(line));
      // Vercel's pages keep their "About You:" heading as a heading of the text.
      if (new URL(u).hostname === 'vercel.com') expect(r!.text).toMatch(/^## About You:$/m);
      expect(r!.text).not.toMatch(/Resume should be a PDF|Pricing|Skip to content/);
    });
  }
});
