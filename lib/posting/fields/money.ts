// Money tokens in a line of text: "€50,000", "3.000 €", "$95k", "1 234,56 zł", "USD 120,000".
// Split from salary.ts so the pay-context rules stay readable.
import { GatedRegExp } from './gated-regexp';

// Longest symbols first so "US$" is not read as "$".
const CUR_SRC = String.raw`US\$|CA\$|C\$|AU\$|A\$|NZ\$|S\$|HK\$|R\$|MX\$|\$|€|£|₹|¥|₩|₱|₪|₺|zł|Kč|kr\.?|Fr\.|USD|EUR|GBP|CHF|CAD|AUD|NZD|SGD|HKD|BRL|MXN|INR|PLN|SEK|NOK|DKK|CZK|HUF|RON|JPY|CNY|RMB|ZAR|ILS|TRY|AED|SAR|UAH|KRW|PHP`;
// Currency words that follow a figure ("16,00 Euros": France Travail's "Salaire : Horaire de 16,00 Euros").
const CUR_WORDS = String.raw`[Ee]uros?`;
// Indian grouping (12,00,000) first, then thousands groups, then plain numbers.
const NUM_SRC = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,\u00a0\u202f' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
// cur? num mult? cur? — every part is bounded, so there is no nested repetition to backtrack over.
// Its leading look-behind is tested only where the rest matches (see GatedRegExp); every match has a digit.
const TOKEN_EDGE = String.raw`(?<![\p{L}\d])`;
const TOKEN_RE = new GatedRegExp(
  String.raw`${TOKEN_EDGE}(${CUR_SRC})?\s?(${NUM_SRC})(?:\s?(k|K|lakhs?|lacs?|LPA|Mio\.?|million|mil|M|bn|billion|crores?|Cr)(?![\p{L}]))?(?:\s?(${CUR_SRC}|${CUR_WORDS})(?![\p{L}]))?`,
  'gu',
  /\d/u,
  TOKEN_EDGE,
);

const SYMBOL: Record<string, string> = {
  'US$': 'USD', 'CA$': 'CAD', C$: 'CAD', 'AU$': 'AUD', A$: 'AUD', 'NZ$': 'NZD', S$: 'SGD', 'HK$': 'HKD',
  R$: 'BRL', 'MX$': 'MXN', '€': 'EUR', '£': 'GBP', '₹': 'INR', '¥': 'JPY', '₩': 'KRW', '₱': 'PHP', '₪': 'ILS',
  '₺': 'TRY', 'zł': 'PLN', Kč: 'CZK', kr: 'SEK', 'kr.': 'DKK', 'Fr.': 'CHF', RMB: 'CNY',
  Euro: 'EUR', Euros: 'EUR', euro: 'EUR', euros: 'EUR',
};

export interface MoneyToken {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** "k" or lakh applied; lets "95-120k" give the bare side its thousands. */
  kilo: boolean;
  /** The multiplier applied (1000 for "k", 100 000 for lakh), for the bare side of a range. */
  scale: number;
  /** "$10M", "2 bn": funding or revenue, never pay. */
  big: boolean;
}

/** "1.234,56" → 1234.56, "52,900.00" → 52900, "3.000" → 3000, "1 234" → 1234. */
export function parseNumber(s: string): number {
  const t = s.replace(/[\u00a0\u202f' ]/g, '');
  const m = /[.,](\d+)$/.exec(t);
  if (m && (m[1] ?? '').length <= 2) {
    const int = t.slice(0, m.index).replace(/[.,]/g, '');
    return Number(`${int}.${m[1]}`);
  }
  return Number(t.replace(/[.,]/g, ''));
}

function currencyOf(sym: string | undefined, line: string): string | null {
  if (!sym) return null;
  if (/^[A-Z]{3}$/.test(sym)) return sym;
  if (sym === '$') {
    // A bare "$" is USD unless the line names another dollar.
    const iso = /\b(CAD|AUD|NZD|SGD|HKD|MXN)\b/.exec(line);
    return iso?.[1] ?? 'USD';
  }
  if (sym.startsWith('kr')) {
    const iso = /\b(SEK|NOK|DKK)\b/.exec(line);
    return iso?.[1] ?? SYMBOL[sym] ?? 'SEK';
  }
  return SYMBOL[sym] ?? null;
}

export function moneyTokens(line: string): MoneyToken[] {
  const out: MoneyToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(line); m; m = TOKEN_RE.exec(line)) {
    if (m[0].length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    const mult = m[3] ?? '';
    const kilo = /^k$/i.test(mult);
    // Indian lakhs ("10-15 LPA", "₹12 lakh"): 100 000 each, and rupees when no symbol is given.
    const lakh = /^(?:lakhs?|lacs?|LPA)$/i.test(mult);
    const big = mult !== '' && !kilo && !lakh;
    let value = parseNumber(m[2] ?? '');
    if (kilo) value *= 1000;
    if (lakh) value *= 100000;
    if (!Number.isFinite(value)) continue;
    const currency = currencyOf(m[1] ?? m[4], line) ?? (lakh ? 'INR' : null);
    // Trim the token to its visible span (the regex may swallow a trailing space before no currency).
    const text = m[0].trimEnd();
    out.push({ start: m.index, end: m.index + text.length, value, currency, kilo: kilo || lakh, scale: lakh ? 100000 : kilo ? 1000 : 1, big });
  }
  return out;
}

// Rough units per US dollar, only to judge magnitudes (is 15 000 a month or a year?), never to convert.
const PER_USD: Record<string, number> = {
  PLN: 4, SEK: 10, NOK: 10, DKK: 7, CZK: 23, HUF: 360, RON: 4.6, INR: 83, BRL: 5, MXN: 17, ZAR: 18, JPY: 150,
  KRW: 1300, CNY: 7, TRY: 30, UAH: 40, PHP: 55, AED: 3.7, SAR: 3.75, ILS: 3.7, HKD: 7.8,
};

/** An amount scaled to about US dollars, for magnitude rules that must hold in every currency. */
export function usdScale(value: number, currency: string): number {
  return value / (PER_USD[currency] ?? 1);
}
