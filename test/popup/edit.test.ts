import { describe, expect, it } from 'vitest';
import { addSkills, checkName, parseAmount, parseCurrency, parseYears } from '../../lib/profile/edit';
import { emptyProfile, type Profile } from '../../lib/profile/schema';

describe('field checks', () => {
  it('parseYears', () => {
    expect(parseYears('')).toEqual({ ok: true, value: null });
    expect(parseYears(' 3 ')).toEqual({ ok: true, value: 3 });
    expect(parseYears('1,5')).toEqual({ ok: true, value: 1.5 });
    for (const bad of ['abc', '3y', '1e2', '-1', '61']) expect(parseYears(bad).ok).toBe(false);
  });

  it('parseAmount accepts thousands separators and refuses negatives', () => {
    expect(parseAmount('55 000')).toEqual({ ok: true, value: 55000 });
    expect(parseAmount('55,000')).toEqual({ ok: true, value: 55000 });
    expect(parseAmount('42.50')).toEqual({ ok: true, value: 42.5 });
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount('-3')).toEqual({ ok: false, error: 'The salary cannot be negative' });
    expect(parseAmount('lots').ok).toBe(false);
    expect(parseAmount('2000000000').ok).toBe(false);
  });

  it('parseCurrency', () => {
    expect(parseCurrency(' usd')).toEqual({ ok: true, value: 'USD' });
    expect(parseCurrency('€').ok).toBe(false);
  });

  it('checkName trims, collapses spaces, refuses duplicates and over-long names', () => {
    expect(checkName('  AWS   SAA ', [], 'certification')).toEqual({ ok: true, value: 'AWS SAA' });
    expect(checkName('cka', ['CKA'], 'certification').ok).toBe(false);
    expect(checkName('x'.repeat(201), [], 'title').ok).toBe(false);
  });
});

describe('addSkills', () => {
  it('adds new skills in the given order and raises the years of known ones', () => {
    let p: Profile = { ...emptyProfile(), skills: [{ id: 'go', name: 'Go', years: 2, level: 'expert' }] };
    p = addSkills(p, [
      { id: 'rust', name: 'Rust', years: null },
      { id: 'go', name: 'Go', years: 5 },
      { id: 'java', name: 'Java', years: 1 },
    ]);
    expect(p.skills).toEqual([
      { id: 'rust', name: 'Rust', years: null, level: 'working' },
      { id: 'java', name: 'Java', years: 1, level: 'working' },
      { id: 'go', name: 'Go', years: 5, level: 'expert' },
    ]);
  });
});
