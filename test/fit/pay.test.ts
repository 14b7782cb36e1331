import { describe, expect, it } from 'vitest';
import { comparePay, convert, formatRange, RATES_DATE, USD_PER } from '../../lib/fit/pay';

const usd = (amount: number, period: 'year' | 'month' | 'hour' = 'year') => ({ amount, currency: 'USD', period });

describe('formatRange', () => {
  it.each([
    [130_000, 160_000, '130–160k'],
    [85_150, 104_800, '85–105k'],
    [150_000, 150_000, '150k'],
    [52, 60, '52–60'],
    [4500, 5000, '4,500–5,000'],
    [1_200_000, 1_500_000, '1.2–1.5M'],
  ])('%d–%d → %s', (min, max, want) => expect(formatRange(min, max)).toBe(want));
});

describe('convert', () => {
  it('goes through the dollar and back', () => {
    expect(convert(100, 'USD', 'USD')).toBe(100);
    expect(convert(1000, 'AUD', 'USD')).toBeCloseTo(655);
    expect(convert(USD_PER.EUR!, 'USD', 'EUR')).toBeCloseTo(1);
    expect(convert(100, 'XXX', 'USD')).toBeNull();
  });
});

describe('comparePay: yearly amounts in the minimum currency', () => {
  it.each([
    ['another currency, below', { min: 130_000, max: 160_000, currency: 'AUD', period: 'year' as const }, usd(150_000), true,
      `AUD 130–160k/yr ≈ USD 85–105k/yr (rates of ${RATES_DATE}); your minimum: USD 150k/yr`],
    ['another currency, above', { min: 130_000, max: 160_000, currency: 'GBP', period: 'year' as const }, usd(150_000), false,
      `GBP 130–160k/yr ≈ USD 178–219k/yr (rates of ${RATES_DATE}); your minimum: USD 150k/yr`],
    ['hourly × 2,080', { min: 60, max: 70, currency: 'USD', period: 'hour' as const }, usd(150_000), true,
      'USD 60–70/hr ≈ USD 125–146k/yr (2,080 hours a year); your minimum: USD 150k/yr'],
    ['monthly × 12', { min: 9000, max: 13_000, currency: 'USD', period: 'month' as const }, usd(150_000), false,
      'USD 9,000–13,000/mo ≈ USD 108–156k/yr (12 months); your minimum: USD 150k/yr'],
    ['same currency and period', { min: 140_000, max: 149_000, currency: 'USD', period: 'year' as const }, usd(150_000), true,
      'USD 140–149k/yr; your minimum: USD 150k/yr'],
    ['a minimum per hour', { min: 100_000, max: 110_000, currency: 'EUR', period: 'year' as const }, { amount: 50, currency: 'EUR', period: 'hour' as const }, false,
      'EUR 100–110k/yr; your minimum: EUR 50/hr'],
    ['a currency without a rate', { min: 1, max: 2, currency: 'XYZ', period: 'year' as const }, usd(150_000), null,
      'XYZ 1–2/yr; no built-in rate for XYZ to compare it with your minimum: USD 150k/yr'],
  ])('%s', (_name, salary, minimum, below, text) => {
    expect(comparePay(salary, minimum)).toEqual({ text, belowMinimum: below });
  });
});
