// Pay across currencies and periods: a posting's pay beside the user's minimum, both as yearly amounts in the
// minimum's currency. The rates are built in (no network: Postfit makes no request), approximate, and dated; the
// report shows the date with every conversion so nobody mistakes them for today's.
import type { Salary } from '../schemas';

export type Period = Salary['period'];
export interface Money {
  amount: number;
  currency: string;
  period: Period;
}

/** The date of the rates below (mid-market, rounded). */
export const RATES_DATE = '2025-06-30';

/** US dollars for one unit of each currency on RATES_DATE. */
export const USD_PER: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.17, GBP: 1.37, CHF: 1.26, CAD: 0.733, AUD: 0.655, NZD: 0.607, SGD: 0.785, HKD: 0.1274,
  JPY: 0.00694, CNY: 0.1396, KRW: 0.00074, INR: 0.01167, SEK: 0.105, NOK: 0.099, DKK: 0.157, PLN: 0.276,
  CZK: 0.0474, HUF: 0.00293, RON: 0.231, BRL: 0.183, MXN: 0.053, ZAR: 0.056, ILS: 0.296, TRY: 0.0251,
  AED: 0.2723, SAR: 0.2666, PHP: 0.0177, UAH: 0.024,
};

/** A full-time year: 52 weeks of 40 hours for hourly pay, 12 months for monthly pay. */
export const PER_YEAR: Readonly<Record<Period, number>> = { year: 1, month: 12, hour: 2080 };

/** An amount in another currency at the built-in rates; null when either currency has no rate. */
export function convert(amount: number, from: string, to: string): number | null {
  if (from === to) return amount;
  const a = USD_PER[from];
  const b = USD_PER[to];
  return a && b ? (amount * a) / b : null;
}

const PERIOD_SUFFIX: Record<Period, string> = { year: '/yr', month: '/mo', hour: '/hr' };

/** "130–160k", "85k", "52", "4,500–5,000", "1.2M": compact, as people write pay. */
export function formatRange(min: number, max: number): string {
  const k = min >= 10_000 && max < 1_000_000;
  const m = min >= 1_000_000;
  const one = (n: number) =>
    m ? `${Number((n / 1e6).toFixed(1))}` : k ? `${Math.round(n / 1000)}` : Math.round(n).toLocaleString('en-US');
  const unit = m ? 'M' : k ? 'k' : '';
  const a = one(min);
  const b = one(max);
  return a === b ? `${a}${unit}` : `${a}–${b}${unit}`;
}

export interface PayComparison {
  /** e.g. "AUD 130–160k/yr ≈ USD 85–105k/yr (rates of 2025-06-30); your minimum: USD 150k/yr". */
  text: string;
  /** Null when the currencies cannot be compared (no built-in rate). */
  belowMinimum: boolean | null;
}

/** The posting's pay against the user's minimum, compared as yearly amounts in the minimum's currency. */
export function comparePay(salary: Salary, minimum: Money): PayComparison {
  const posted = `${salary.currency} ${formatRange(salary.min, salary.max)}${PERIOD_SUFFIX[salary.period]}`;
  const mine = `your minimum: ${minimum.currency} ${formatRange(minimum.amount, minimum.amount)}${PERIOD_SUFFIX[minimum.period]}`;
  const lo = convert(salary.min * PER_YEAR[salary.period], salary.currency, minimum.currency);
  const hi = convert(salary.max * PER_YEAR[salary.period], salary.currency, minimum.currency);
  if (lo == null || hi == null) {
    const missing = USD_PER[salary.currency] ? minimum.currency : salary.currency;
    return { text: `${posted}; no built-in rate for ${missing} to compare it with ${mine}`, belowMinimum: null };
  }
  const ways: string[] = [];
  if (salary.currency !== minimum.currency) ways.push(`rates of ${RATES_DATE}`);
  if (salary.period === 'hour') ways.push('2,080 hours a year');
  if (salary.period === 'month') ways.push('12 months');
  const converted =
    ways.length > 0 ? ` ≈ ${minimum.currency} ${formatRange(lo, hi)}/yr (${ways.join(', ')})` : '';
  return { text: `${posted}${converted}; ${mine}`, belowMinimum: hi < minimum.amount * PER_YEAR[minimum.period] };
}
