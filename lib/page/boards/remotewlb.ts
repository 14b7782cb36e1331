// remotewlb.com/apply/<slug>. No saved page exists; the seeds (../shared/seeds) are its markdown export:
//   # [Title](url) / ### Company / #### `💰 $161,000-$194,000` `🌎 Remote (U.S.)` / Description / body.
// So the adapter is tolerant: h1 is the title, the next short heading (or a company-ish class) the company,
// and <code>/badge elements are the salary and location badges.
import { mainRoot } from '../generic';
import type { BoardAdapter } from '../types';
import { clean, onHost } from './util';

const SALARY = /💰|[$€£¥]|\b(USD|EUR|GBP|CAD|AUD)\b|(?<!\d)\d+\s*k\b/i;
const PLACE = /🌎|🌍|🌏|📍|remote|hybrid|on-?site/i;

function nextHeading(h1: Element): string | null {
  for (let el = h1.nextElementSibling; el; el = el.nextElementSibling) {
    if (/^h[2-6]$/.test(el.localName) && !el.querySelector('code, [class*="badge"]')) return clean(el.textContent);
    if (el.localName === 'p' && (clean(el.textContent)?.length ?? 0) > 60) break;
  }
  return null;
}

export const remotewlb: BoardAdapter = {
  id: 'remotewlb',
  matches: (u) => onHost(u, /(^|\.)remotewlb\.com$/) && /^\/apply\//.test(u.pathname),
  read(doc) {
    const h1 = doc.querySelector('h1');
    const title = clean(h1?.textContent);
    const company = clean(doc.querySelector('[class*="company" i]')?.textContent) ?? (h1 ? nextHeading(h1) : null);
    const badges = Array.from(doc.querySelectorAll('code, [class*="badge" i], [class*="tag" i]'))
      .map((b) => clean(b.textContent))
      .filter((b): b is string => !!b && b.length < 80);
    const salary = badges.find((b) => SALARY.test(b) && !/~?(?<!\s)\s*0k\b/.test(b)) ?? null;
    const place = badges.find((b) => PLACE.test(b) && b !== salary) ?? null;
    const root = mainRoot(doc);
    if (!title && !root) return null;
    return {
      header: { title, company, salaryText: salary, locationText: place },
      roots: root ? [root] : [],
      lead: [],
    };
  },
};
