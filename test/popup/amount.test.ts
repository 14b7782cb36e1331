import { describe, expect, it } from 'vitest';
import { readAmount } from '../../lib/profile/amount';
import { parseAmount } from '../../lib/profile/edit';

describe('readAmount: amounts as people type them', () => {
  it.each([
    ['150k', 150_000],
    ['150K', 150_000],
    ['150.000', 150_000],
    ['150 000', 150_000],
    ['150\u00a0000', 150_000],
    ['150,000', 150_000],
    ["150'000", 150_000],
    ['1.234.567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['150.000,50', 150_000.5],
    ['150,000.50', 150_000.5],
    ['1.5k', 1500],
    ['1,5k', 1500],
    ['1.5M', 1_500_000],
    ['2mn', 2_000_000],
    ['55.5', 55.5],
    ['42.50', 42.5],
    ['55', 55],
  ])('%s → %d', (raw, want) => expect(readAmount(raw)).toBe(want));

  it.each(['', 'lots', '150kk', '1.50.000', '150.', '1,,000', '1.2.3', '15.00.00', 'k', '12 k €'])('refuses %j', (raw) => {
    expect(readAmount(raw)).toBeNull();
  });
});

describe('parseAmount: the salary field', () => {
  it.each([
    ['150k', { ok: true, value: 150_000 }],
    ['150.000', { ok: true, value: 150_000 }],
    ['150 000', { ok: true, value: 150_000 }],
    ['', { ok: true, value: null }],
    ['-3', { ok: false, error: 'The salary cannot be negative' }],
    ['2000M', { ok: false, error: 'That amount is too large' }],
  ])('%j', (raw, want) => expect(parseAmount(raw)).toEqual(want));
});
