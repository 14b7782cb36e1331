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

export const onetRef = (commodityCode: string) => `onet:${commodityCode}`;

/** O*NET commodities ("Enterprise resource planning ERP software", "Torque wrenches"): parents, never items. */
function commodityGroups(rows: Record<string, string>[], category: string): RawConcept[] {
  const seen = new Map<string, RawConcept>();
  for (const r of rows) {
    const code = r['Commodity Code'] ?? '';
    const title = (r['Commodity Title'] ?? '').trim();
    if (!code || !title || seen.has(code)) continue;
    seen.set(code, { name: title, category, aliases: [], lookup: [title], ref: onetRef(code), group: true, source: 'onet' });
  }
  return [...seen.values()];
}

/** Every Technology Skills example. Product names that pass cleanProduct may match; generic entries
 * ("Spreadsheet software") and ordinary words are look-up labels only. Hot Technologies are marked. */
export function readOnetTech(common: Set<string>): RawConcept[] {
  const rows = readCsv('onet/30.2/Technology Skills.txt', '\t');
  const seen = new Map<string, RawConcept>();
  for (const r of rows) {
    const raw = (r.Example ?? '').trim();
    if (!raw) continue;
    const p = cleanProduct(raw, common);
    // Cleaned product names and look-up-only entries are kept apart: a generic entry must not absorb a product.
    const key = p ? `p:${p.name.toLowerCase()}` : `r:${raw.toLowerCase()}`;
    let c = seen.get(key);
    if (!c) {
      c = p
        ? { name: p.name, category: 'products', aliases: p.aliases, lookup: [raw], broader: [], source: 'onet' }
        : { name: raw, category: 'products', aliases: [], lookup: [raw], broader: [], source: 'onet' };
      seen.set(key, c);
    }
    const code = r['Commodity Code'];
    if (code && !c.broader!.includes(onetRef(code))) c.broader!.push(onetRef(code));
    if (r['Hot Technology'] === 'Y') c.hot = true;
    if (!c.lookup!.includes(raw)) c.lookup!.push(raw);
  }
  return [...seen.values(), ...commodityGroups(rows, 'onet-technology')];
}

const TOOL_STOP = /\b(computers?|telephones?|phones?|printers?|calculators?|scanners?|copiers?|machines|fax|desks?|chairs?|tablets?|notebooks?|pens?|pencils?|vehicles?|trucks?|cars?)$/i;

/** Every Tools Used example. Two-to-four-word tools named by at least two occupations may match; the rest
 * (single words, "Personal computers", long descriptions) are look-up labels only. */
export function readOnetTools(): RawConcept[] {
  const rows = readCsv('onet/29.2/Tools Used.txt', '\t');
  const count = new Map<string, number>();
  const byName = new Map<string, { raw: Set<string>; broader: Set<string> }>();
  for (const r of rows) {
    const raw = (r.Example ?? '').trim();
    if (!raw) continue;
    const ex = raw.replace(/\s*\([^)]*\)/g, '').trim() || raw;
    const entry = byName.get(ex) ?? { raw: new Set<string>(), broader: new Set<string>() };
    entry.raw.add(raw);
    if (r['Commodity Code']) entry.broader.add(onetRef(r['Commodity Code']));
    byName.set(ex, entry);
    const w = words(ex);
    if (w.length < 2 || w.length > 4 || ex.length > 40 || TOOL_STOP.test(ex) || /[,/]/.test(ex)) continue;
    count.set(ex, (count.get(ex) ?? 0) + 1);
  }
  const out: RawConcept[] = [];
  for (const [ex, { raw, broader }] of byName) {
    const lookup = [...raw];
    const base = { lookup, broader: [...broader], source: 'onet' as const };
    if ((count.get(ex) ?? 0) < 2) {
      out.push({ ...base, name: titleCase(ex.toLowerCase()), category: 'equipment', aliases: [] });
      continue;
    }
    const lower = ex.toLowerCase();
    const aliases = [lower];
    if (lower.endsWith('s') && !lower.endsWith('ss')) aliases.push(lower.replace(/ies$/, 'y').replace(/(?<!e)s$|(?<=[sxz]|ch|sh)es$/, ''));
    out.push({ ...base, name: titleCase(lower), category: 'equipment', aliases });
  }
  return [...out, ...commodityGroups(rows, 'onet-tools')];
}
