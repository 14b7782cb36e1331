import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSalary } from '../../lib/posting/salary';
import { devCases } from './helpers';

const hdr = (salaryText: string | null) => ({ title: null, company: null, salaryText, locationText: null });

describe('findSalary', () => {
  it.each([
    ['Salary: $95k-$250k', { min: 95000, max: 250000, currency: 'USD', period: 'year' }],
    ['Ein Bruttogehalt von 3.000 € bis 5.000 € monatlich', { min: 3000, max: 5000, currency: 'EUR', period: 'month' }],
    ['Rémunération : 45 000 € à 55 000 € brut annuel', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
    ['Salario: entre 30.000 y 40.000 € al año', { min: 30000, max: 40000, currency: 'EUR', period: 'year' }],
    ['Salaris: €3.500 - €4.500 per maand', { min: 3500, max: 4500, currency: 'EUR', period: 'month' }],
    ['Salário: R$ 8.000 a R$ 12.000 por mês', { min: 8000, max: 12000, currency: 'BRL', period: 'month' }],
    ['Pay: $24.00-$26.00/hour', { min: 24, max: 26, currency: 'USD', period: 'hour' }],
    ['Compensation: CA$120,000 – CA$140,000', { min: 120000, max: 140000, currency: 'CAD', period: 'year' }],
    ['Wynagrodzenie: 15 000 - 20 000 zł', { min: 15000, max: 20000, currency: 'PLN', period: 'month' }],
    ['Base salary 1.234,56 EUR per month', { min: 1234.56, max: 1234.56, currency: 'EUR', period: 'month' }],
    ['Salary £40,000 - £50,000 per annum plus bonus', { min: 40000, max: 50000, currency: 'GBP', period: 'year' }],
    ['Compensation: USD 95-120k', { min: 95000, max: 120000, currency: 'USD', period: 'year' }],
    ['The projected compensation range is $52,900.00 to $108,000.00 (annualized USD).', { min: 52900, max: 108000, currency: 'USD', period: 'year' }],
    ['₹12,00,000 - ₹18,00,000 per annum', { min: 1200000, max: 1800000, currency: 'INR', period: 'year' }],
    ['CTC: 10-15 LPA', { min: 1000000, max: 1500000, currency: 'INR', period: 'year' }],
    ["CHF 120'000 - 140'000", { min: 120000, max: 140000, currency: 'CHF', period: 'year' }],
    ['Salary: 45-55k€', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
    // France Travail writes the currency as a word and the period before the figure
    ['Salaire : Horaire de 16,00 Euros', { min: 16, max: 16, currency: 'EUR', period: 'hour' }],
    ['Salaire : Mensuel de 1800.00 Euros à 2000.00 Euros sur 12 mois', { min: 1800, max: 2000, currency: 'EUR', period: 'month' }],
    ['Salary: 129,000 - 165,000 Euro', { min: 129000, max: 165000, currency: 'EUR', period: 'year' }],
  ])('%s', (text, want) => expect(findSalary(text)).toEqual(want));

  it.each([
    "Abondement de l'entreprise sur le PEE de 3700€", // the employer's top-up of a savings plan
  ])('no pay in %s', (text) => expect(findSalary(text)).toBeNull());


  it('merges several regional ranges', () => {
    const t = 'For NY/CA the base salary pay range will be $179,000-$194,000\nFor all other states, the base salary pay range will be $161,000-$175,000';
    expect(findSalary(t)).toEqual({ min: 161000, max: 194000, currency: 'USD', period: 'year' });
  });

  it.each([
    'Competitive salary and equity',
    "We've raised over $47M funding",
    '401k + matching',
    '£2,500 yearly bonus',
    '$500 yearly for L&D resources',
    'We have 250 employees and 10 years of history',
    'Revenue of $20 million in 2023',
    '£400-£500 per day',
  ])('no pay in %s', (text) => expect(findSalary(text)).toBeNull());

  it('reads the badge, ignoring zero badges', () => {
    expect(findSalary('', hdr('💰 £34,500'))).toEqual({ min: 34500, max: 34500, currency: 'GBP', period: 'year' });
    expect(findSalary('', hdr('💰 ~0k'))).toBeNull();
    expect(findSalary('', hdr('💰 0'))).toBeNull();
    expect(findSalary('', hdr('💰 $24.00-$26.00/hour'))?.period).toBe('hour');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { findSalary(s, hdr(s)); }));
    // Their time is bounded per regex by test/reliability/regex-backtracking.test.ts.
    expect(() => findSalary('$1,'.repeat(60000))).not.toThrow();
    expect(() => findSalary('1 000 '.repeat(30000) + '€')).not.toThrow();
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findSalary(c.text, c.header)).toEqual(c.label.salary));
  });
});
