// schema.org JobPosting fields → the header strings lib/posting reads ("USD 120000-160000 per year", "Remote").
type Json = unknown;

const obj = (v: Json): Record<string, Json> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : null;
const list = (v: Json): Json[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

/** A short text value (title, company, currency...): a string, a number, the first usable item of a list, or an
 * object's name/@value. Any other JSON type (boolean, null, an object without a name) is no text. A loop with a
 * bound, not recursion: a hostile page can nest names a hundred thousand levels deep. */
export function str(v: Json): string | null {
  let cur = v;
  for (let depth = 0; depth < 8; depth++) {
    if (typeof cur === 'string') return cur.replace(/\s+/g, ' ').trim() || null;
    if (typeof cur === 'number') return Number.isFinite(cur) ? String(cur) : null;
    if (Array.isArray(cur)) {
      cur = cur.find((x) => (typeof x === 'string' ? x.trim() !== '' : typeof x === 'number' || obj(x) !== null || Array.isArray(x)));
      continue;
    }
    const o = obj(cur);
    if (!o) return null;
    cur = o.name ?? o['@value'] ?? o['@list'];
  }
  return null;
}

/** Where an object keeps its text in a long field: a JSON-LD value or list, a schema.org TextObject, a named thing. */
const TEXT_KEYS = ['@value', '@list', 'text', 'description', 'name'] as const;
const MAX_TEXTS = 200;

/** Every text of a long field (description, qualifications, skills...), in order: a string, a number, each item of a
 * list, an object's text. Other JSON types give nothing. Bounded in depth and count, without recursion. */
export function texts(v: Json): string[] {
  const out: string[] = [];
  const stack: { v: Json; depth: number }[] = [{ v, depth: 0 }];
  while (stack.length && out.length < MAX_TEXTS) {
    const { v: cur, depth } = stack.pop()!;
    if (typeof cur === 'string') {
      if (cur.trim() !== '') out.push(cur);
    } else if (typeof cur === 'number') {
      if (Number.isFinite(cur)) out.push(String(cur));
    } else if (depth < 8 && Array.isArray(cur)) {
      for (let i = Math.min(cur.length, MAX_TEXTS) - 1; i >= 0; i--) stack.push({ v: cur[i], depth: depth + 1 });
    } else if (depth < 8) {
      const o = obj(cur);
      const key = o && TEXT_KEYS.find((k) => Object.hasOwn(o, k));
      if (o && key) stack.push({ v: o[key], depth: depth + 1 });
    }
  }
  return out;
}

function num(v: Json): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const n = Number(v.replace(/[,\s]/g, ''));
    return v.trim() !== '' && Number.isFinite(n) ? n : null;
  }
  return null;
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));
const PERIODS: Record<string, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/** baseSalary / estimatedSalary: MonetaryAmount with a QuantitativeValue, a bare number, or a list of those. */
export function salaryText(v: Json): string | null {
  for (const item of list(v)) {
    const amount = obj(item);
    const value = amount ? amount.value ?? amount : item;
    const q = obj(value);
    const min = num(q ? q.minValue ?? q.value : value);
    const max = num(q ? q.maxValue ?? q.value : value) ?? min;
    const lo = min ?? max;
    // A salary written out ("$120k–$150k a year") is passed on as the page wrote it.
    if (lo == null && typeof item === 'string' && str(item)) return str(item);
    if (lo == null || max == null || lo <= 0) continue;
    const currency = str(amount?.currency) ?? str(q?.currency) ?? '';
    const unit = (str(q?.unitText) ?? str(amount?.unitText) ?? 'YEAR').toUpperCase();
    const period = PERIODS[unit] ?? 'year';
    const range = lo === max ? fmt(lo) : `${fmt(lo)}-${fmt(max)}`;
    return `${currency ? currency.toUpperCase() + ' ' : ''}${range} per ${period}`;
  }
  return null;
}

function addressText(address: Json): string | null {
  // A list of addresses: the first that is one (not recursion: lists can be nested without end).
  const a = Array.isArray(address) ? address.find((x) => typeof x === 'string' || obj(x)) : address;
  if (typeof a === 'string') return str(a);
  const o = obj(a);
  if (!o) return null;
  const parts = [o.addressLocality, o.addressRegion, o.addressCountry].map(str).filter((p): p is string => !!p);
  return [...new Set(parts)].join(', ') || str(o.name);
}

/** "Remote" for TELECOMMUTE; otherwise the jobLocation addresses joined with "; ". */
export function locationText(posting: Record<string, Json>): string | null {
  // str, not String(): String({toString: 1}) throws, and JSON can make such an object.
  const types = list(posting.jobLocationType).map((t) => (str(t) ?? '').toUpperCase());
  if (types.some((t) => t.includes('TELECOMMUTE'))) return 'Remote';
  const places = list(posting.jobLocation)
    .map((p) => {
      const o = obj(p);
      // A Place named "Remote, US" with an office address: the name says how the job is done.
      const name = o ? str(o.name) : null;
      if (name && /\b(?:remote|anywhere|télétravail|remoto|home ?office)\b/i.test(name)) return name;
      return o ? addressText(o.address ?? o) : str(p);
    })
    .filter((p): p is string => !!p);
  return places.length ? [...new Set(places)].join('; ') : null;
}
