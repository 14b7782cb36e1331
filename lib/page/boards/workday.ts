// Workday (<tenant>.wd<N>.myworkdayjobs.com/…/job/…): anchored on data-automation-id, which Workday keeps
// stable for its own test automation. The company is not on the page except in JSON-LD (hiringOrganization).
import type { BoardAdapter } from '../types';
import { onHost, readAnchors } from './util';

/**
 * The tenant (first host label, "nvidia" in nvidia.wd5.myworkdayjobs.com) written as the description writes it
 * ("NVIDIA"); null when the description never names it (tenants are often abbreviations).
 */
function tenantCompany(url: URL, body: string): string | null {
  const tenant = url.hostname.split('.')[0] ?? '';
  if (tenant.length < 3) return null;
  const counts = new Map<string, number>();
  for (const m of body.matchAll(new RegExp(`\\b${tenant.replace(/[^a-z0-9]/gi, '')}\\b`, 'gi'))) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export const workday: BoardAdapter = {
  id: 'workday',
  matches: (u) => onHost(u, /(^|\.)(myworkdayjobs|myworkdaysite)\.com$/),
  read(doc, url) {
    const r = readAnchors(doc, {
      title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id]', 'h1'],
      location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
      lead: ['[data-automation-id="time"] dd', '[data-automation-id="remoteType"] dd'],
      body: ['[data-automation-id="jobPostingDescription"]', '[data-automation-id="job-posting-details"]'],
    });
    if (r && !r.header.company) r.header.company = tenantCompany(url, r.roots.map((x) => x.textContent ?? '').join(' '));
    return r;
  },
};
