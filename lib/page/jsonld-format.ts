// schema.org JobPosting fields → the header strings lib/posting reads ("USD 120000-160000 per year", "Remote").
type Json = unknown;

const obj = (v: Json): Record<string, Json> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : null;
const list = (v: Json): Json[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

/** A text value: a string, a number, or an object's name/@value. A loop with a bound, not recursion: a hostile
 * page can nest names a hundred thousand levels deep. */
export function str(v: Json): string | null {
  let cur = v;
  for (let depth = 0; depth < 8; depth++) {
    if (typeof cur === 'string') return cur.replace(/\s+/g, ' ').trim() || null;
    if (typeof cur === 'number') return String(cur);
    const o = obj(cur);
    if (!o) return null;
    cur = o.name ?? o['@value'];
  }
  return null;
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
    if (lo == null || max == null || lo <= 0) continue;
    const currency = str(amount?.currency) ?? str(q?.currency) ?? '';
    const unit = (str(q?.unitText) ?? str(amount?.unitText) ?? 'YEAR').toUpperCase();
    const period = PERIODS[unit] ?? 'year';
    const range = lo === max ? fmt(lo) : `${fmt(lo)}-${fmt(max)}`;
    return `${currency ? currency.toUpperCase() + ' ' : ''}${range} per ${period}`;
  }
  return null;
}

function addressText(a: Json): string | null {
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
