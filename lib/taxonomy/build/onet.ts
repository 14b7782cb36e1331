// O*NET readers. Technology Skills gives product names ("Microsoft Excel", "Oracle NetSuite"); Tools Used
// gives physical tools ("Torque wrenches"). Names are cleaned: "Amazon Web Services AWS CloudFormation" →
// "AWS CloudFormation", "Salesforce software" → "Salesforce", trailing acronyms become aliases.
import { readCsv, titleCase, words, isInitials } from './util';
import type { RawConcept } from './types';

const VENDORS = new Set(['microsoft', 'oracle', 'sap', 'ibm', 'adobe', 'google', 'amazon', 'autodesk', 'atlassian',
  'apache', 'intuit', 'apple', 'cisco', 'salesforce', 'salesforce.com', 'sas', 'sage', 'epic', 'esri', 'dassault',
  'systemes', 'bentley', 'hp', 'dell', 'vmware', 'red', 'hat', 'jetbrains', 'the', 'mathworks', 'infor', 'workday']);

function cleanProduct(raw: string, common: Set<string>): { name: string; aliases: string[] } | null {
  let name = raw.replace(/\s*\([^)]*\)/g, '').replace(/\s+software$/i, '').replace(/\s+/g, ' ').trim();
  name = name.replace(/^Amazon Web Services AWS\b/, 'AWS').replace(/^Micosoft\b/, 'Microsoft');
  if (name === 'AWS') name = 'Amazon Web Services';
  const parts = name.split(' ');
  // Generic entries ("Spreadsheet software", "Tax software") are commodity-like, not products.
  if (!/[A-Z0-9]/.test(parts.slice(1).join(' ')) && !(parts.length === 1 && /^[A-Z]/.test(name))) return null;
  const aliases: string[] = [];
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 2 && /^[A-Z]{2,6}$/.test(last) && isInitials(last, words(parts.slice(0, -1).join(' ')))) {
    name = parts.slice(0, -1).join(' ');
    aliases.push(last.toLowerCase());
  }
  aliases.unshift(name.toLowerCase());
  // Vendor-less form: "Intuit QuickBooks" → "quickbooks" (only when it is not an ordinary word).
  const w = name.split(' ');
  let k = 0;
  while (k < w.length - 1 && VENDORS.has((w[k] ?? '').toLowerCase())) k++;
  if (k > 0) {
    const rest = w.slice(k).join(' ').toLowerCase();
    const rw = words(rest);
    if (rest.length >= 4 && !(rw.length === 1 && common.has(rw[0]!))) aliases.push(rest);
  }
  const nw = words(name);
  if (nw.length === 1 && common.has(nw[0]!)) return null;
  return { name, aliases };
}

export function readOnetTech(common: Set<string>): RawConcept[] {
  const seen = new Map<string, RawConcept>();
  for (const r of readCsv('onet/30.2/Technology Skills.txt', '\t')) {
    const p = cleanProduct(r.Example ?? '', common);
    if (!p || seen.has(p.name.toLowerCase())) continue;
    seen.set(p.name.toLowerCase(), { name: p.name, category: 'products', aliases: p.aliases, source: 'onet' });
  }
  return [...seen.values()];
}

const TOOL_STOP = /\b(computers?|telephones?|phones?|printers?|calculators?|scanners?|copiers?|machines|fax|desks?|chairs?|tablets?|notebooks?|pens?|pencils?|vehicles?|trucks?|cars?)$/i;

export function readOnetTools(): RawConcept[] {
  const count = new Map<string, number>();
  for (const r of readCsv('onet/29.2/Tools Used.txt', '\t')) {
    const ex = (r.Example ?? '').replace(/\s*\([^)]*\)/g, '').trim();
    const w = words(ex);
    if (w.length < 2 || w.length > 4 || ex.length > 40 || TOOL_STOP.test(ex) || /[,/]/.test(ex)) continue;
    count.set(ex, (count.get(ex) ?? 0) + 1);
  }
  const out: RawConcept[] = [];
  for (const [ex, n] of count) {
    if (n < 2) continue;
    const lower = ex.toLowerCase();
    const aliases = [lower];
    if (lower.endsWith('s') && !lower.endsWith('ss')) aliases.push(lower.replace(/ies$/, 'y').replace(/(?<!e)s$|(?<=[sxz]|ch|sh)es$/, ''));
    out.push({ name: titleCase(lower), category: 'equipment', aliases, source: 'onet' });
  }
  return out;
}
