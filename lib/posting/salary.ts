// Pay range from the posting body and the board's salary badge.
import type { Salary } from '../schemas';
import type { PostingHeader } from './types';
import { moneyTokens, usdScale, type MoneyToken } from './fields/money';
import { wb } from './fields/units';
import { statementsWith } from './fields/statements';

type Period = Salary['period'];
interface Candidate extends Salary {
  strong: boolean;
}

// Words that make a line about pay, in en/de/fr/es/nl/pt.
const PAY = wb(
  String.raw`salary|salaries|pay|payrate|paid|compensation|comp|base|OTE|wages?|rate|remuneration|earnings?|earn|per annum|p\.a\.|Gehalt|Bruttogehalt|Jahresgehalt|Monatsgehalt|Vergütung|Lohn|Stundenlohn|Entgelt|Einstiegsgehalt|salaire|rémunération|rémunéré|brut|sueldo|salario|retribución|remuneración|bruto|salaris|loon|salário|remuneração|annualized|package`,
  'i',
);
// A figure right after or before these is a perk or company money, not pay ("£2,500 yearly bonus").
const PERK = wb(
  String.raw`bonus(?:es)?|allowance|stipend|budget|funding|funded|raised|revenue|valuation|reimburse\p{L}*|credit|relocation|equity|sign-?on|signing|referral|insurance|coverage|voucher|gift|donation|matching|savings|fund|Zuschuss|Prämie|prime|indemnité|abondement|intéressement|PEE|PERCO|épargne|ticket|aide|subsidio|auxílio|vale|per week|weekly|per day|daily|/day|a day|per metre|per meter|per mile|L&D|learning|training|gear|equipment|home ?office|wellness|lunch|meal`,
  'i',
);
// Each unit: "/hr"-style suffixes (they follow a digit, so no word boundary before them) and words.
const slash = (units: string): RegExp => new RegExp(String.raw`/\s?(?:${units})(?![\p{L}])`, 'iu');
const PERIODS: Array<[Period, RegExp, RegExp]> = [
  ['hour', slash('hr|hour|h|Std\\.?|heure|hora|uur'), wb(String.raw`per hour|an hour|hourly|per hr|pro Stunde|Stundenlohn|de l['’]heure|par heure|horaire|por hora|la hora|per uur`, 'i')],
  ['month', slash('mo|month|mois|Monat|mes|mês|maand'), wb(String.raw`per month|a month|monthly|monatlich|pro Monat|Monatsgehalt|mensuel(?:le)?|par mois|mensual|al mes|por mes|por mês|mensais|mensal|per maand|p\.m\.`, 'i')],
  ['year', slash('yr|year|an|año|ano|jaar|Jahr'), wb(String.raw`per year|a year|per annum|p\.a\.|annual(?:ly|ized)?|yearly|jährlich|pro Jahr|Jahresgehalt|brut annuel|annuel(?:le)?|par an|al año|anual|por año|per jaar|jaarlijks|ao ano|por ano|LPA|CTC`, 'i')],
];
const RANGE_SEP = /^\s*(?:-|–|—|‐|‑|~|to|bis|à|a|até|tot|y|and|und|et|e)\s*$/i;
// Cheap gate: a line with no currency mark cannot hold pay (we require a currency).
const ANY_CURRENCY = /[$€£₹¥₩₱₪₺]|zł|Kč|kr|Fr\.|lakh|lac|LPA|\b(?:[Ee]uros?|USD|EUR|GBP|CHF|CAD|AUD|NZD|SGD|HKD|BRL|MXN|INR|PLN|SEK|NOK|DKK|CZK|HUF|RON|JPY|CNY|RMB|ZAR|ILS|TRY|AED|SAR|UAH|KRW|PHP)\b/;
// The statements with a currency mark, found in one search: no mark starts on whitespace or holds a newline
// or a mark followed by whitespace ("Fr." ends its statement whole), as statementsWith needs.
const ANY_CURRENCY_ALL = new RegExp(ANY_CURRENCY.source, 'g');
const ZERO_BADGE = /^\D*0(?:[.,]0+)?\s?k?\D*$/i;

function periodNear(line: string, start: number, end: number): Period | null {
  const after = line.slice(end, end + 45);
  const before = line.slice(Math.max(0, start - 45), start);
  for (const win of [after, before, line]) {
    for (const [p, sl, words] of PERIODS) if (sl.test(win) || words.test(win)) return p;
  }
  return null;
}

function perkNear(line: string, t: MoneyToken): boolean {
  const after = line.slice(t.end, t.end + 22);
  const before = line.slice(Math.max(0, t.start - 25), t.start);
  // "salary $100k plus bonus": a "+"/"plus" between the figure and the perk word frees the figure.
  // (The text before the perk word is after.split(PERK)[0], found without split's copy of the regex.)
  const perk = PERK.exec(after);
  return (perk !== null && !/\+|\bplus\b|\band\b/i.test(after.slice(0, perk.index))) || PERK.test(before);
}

/** Candidates of one line: ranges (a sep between two tokens) and single figures, each with a currency. */
function lineCandidates(line: string, forceStrong: boolean): Candidate[] {
  const toks = moneyTokens(line).filter((t) => !t.big);
  const out: Candidate[] = [];
  const strong = forceStrong || PAY.test(line);
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i] as MoneyToken;
    const b = toks[i + 1];
    const lo = a;
    let hi = a;
    if (b && RANGE_SEP.test(line.slice(a.end, b.start))) {
      hi = b;
      i++;
    }
    const currency = lo.currency ?? hi.currency;
    if (!currency || perkNear(line, lo) || perkNear(line, hi)) continue;
    let min = lo.value;
    const max = hi.value;
    // "95-120k", "10-15 LPA", "50-60.000 €": the bare side takes the other side's multiplier.
    if (hi.kilo && !lo.kilo && min * hi.scale <= max) min *= hi.scale;
    else if (min < 1000 && max >= 1000 && max / min > 50 && !lo.kilo) min *= 1000;
    if (min <= 0 || max <= 0 || min > max) continue;
    let period = periodNear(line, lo.start, hi.end);
    // Without a stated unit: tiny figures are hourly, four-digit ones monthly, the rest yearly.
    const usd = usdScale(max, currency);
    if (!period) period = usd < 300 ? 'hour' : usd < 15000 ? 'month' : 'year';
    if (!plausible(usdScale(min, currency), usd, period, strong)) continue;
    out.push({ min, max, currency, period, strong });
  }
  return out;
}

function plausible(min: number, max: number, period: Period, strong: boolean): boolean {
  if (max / min > 10) return false;
  if (period === 'hour') return min >= 5 && max <= 2000;
  if (period === 'month') return min >= (strong ? 300 : 800) && max <= 200000;
  return min >= (strong ? 5000 : 10000) && max <= 5_000_000;
}

/** Merge candidates that agree on currency and period: min of mins, max of maxes (several regions). */
function merge(cands: Candidate[]): Salary | null {
  const first = cands[0];
  if (!first) return null;
  const same = cands.filter((c) => c.currency === first.currency && c.period === first.period);
  return {
    min: Math.min(...same.map((c) => c.min)),
    max: Math.max(...same.map((c) => c.max)),
    currency: first.currency,
    period: first.period,
  };
}

function fromBadge(text: string | null | undefined): Salary | null {
  if (!text || text.length > 500 || ZERO_BADGE.test(text) || !ANY_CURRENCY.test(text)) return null;
  return merge(lineCandidates(text, true));
}

/**
 * Salary from the text (and the header's badge). Needs a currency; pay words or a plausible amount make
 * a line count. The body's ranges win over the badge when they cover it (dev-006 lists two regional
 * ranges whose union is the badge); otherwise the badge, which boards fill from structured data.
 */
export function findSalary(text: string, header?: PostingHeader | null): Salary | null {
  try {
    const badge = fromBadge(header?.salaryText);
    const cands: Candidate[] = [];
    for (const line of statementsWith(text, true, ANY_CURRENCY_ALL)) {
      if (line.length > 2000 || !/\d/.test(line)) continue;
      cands.push(...lineCandidates(line, false));
    }
    const strong = cands.filter((c) => c.strong);
    const body = merge(strong.length > 0 ? strong : cands);
    if (badge && body) {
      const covers = body.currency === badge.currency && body.period === badge.period &&
        body.min <= badge.min && body.max >= badge.max;
      return covers ? body : badge;
    }
    return badge ?? body;
  } catch {
    return null;
  }
}
