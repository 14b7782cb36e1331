// The small readers the file readers share: dates of work entries, language levels, degrees.
import { describe, expect, it } from 'vitest';
import { entryRange, monthOf } from '../../lib/import/dates';
import { degreeOf, highestDegree } from '../../lib/import/degree';
import { languageLevel } from '../../lib/import/language-level';
import { NOW } from './lookups';

describe('monthOf / entryRange', () => {
  it.each([
    ['2019', false, 2019 * 12],
    ['2019-03', false, 2019 * 12 + 2],
    ['2019-03-15', true, 2019 * 12 + 3],
    ['Jan 2020', false, 2020 * 12],
    ['September 2020', true, 2020 * 12 + 9],
    ['Sept. 2020', false, 2020 * 12 + 8],
    ['03/2018', false, 2018 * 12 + 2],
    ['2019-13', false, null],
    ['Foo 2020', false, null],
    ['soon', false, null],
    ['1850', false, null],
  ])('%s (end: %s) → %s', (s, isEnd, want) => {
    expect(monthOf(s, isEnd)).toBe(want);
  });

  it('runs an entry without an end to now, and labels it so', () => {
    expect(entryRange('Jan 2024', '', 'Acme', NOW)).toEqual({ range: [2024 * 12, 2025 * 12 + 6], label: '2024–now at Acme' });
  });

  it('counts bare years as the CV reader does, labelled as written', () => {
    expect(entryRange('2019', '2023', null, NOW)).toEqual({ range: [2019 * 12, 2023 * 12], label: '2019–2023' });
    expect(entryRange('2021', '2021', 'X', NOW)).toEqual({ range: [2021 * 12, 2022 * 12], label: '2021–2021 at X' });
    expect(entryRange('2019-05', '2023-01', null, NOW)?.label).toBe('2019–2023');
  });

  it('has no range without a readable start, for a reversed one or an absurd one', () => {
    expect(entryRange(undefined, '2020', null, NOW)).toBeNull();
    expect(entryRange('2020', 'never', null, NOW)).toBeNull();
    expect(entryRange('2023', '2019', null, NOW)).toBeNull();
    expect(entryRange('1901', '2020', null, NOW)).toBeNull();
  });
});

describe('languageLevel', () => {
  it.each([
    ['Native or bilingual proficiency', 'native'],
    ['Native speaker', 'native'],
    ['Mother tongue', 'native'],
    ['Full professional proficiency', 'fluent'],
    ['Professional working proficiency', 'fluent'],
    ['Limited working proficiency', 'conversational'],
    ['Elementary proficiency', 'basic'],
    ['Fluent', 'fluent'],
    ['C2', 'fluent'],
    ['b1', 'conversational'],
    ['A2', 'basic'],
    ['Upper intermediate', 'conversational'],
    ['Advanced beginner', 'basic'],
    ['Klingon-level', null],
  ])('%s → %s', (words, level) => {
    expect(languageLevel(words)).toBe(level);
  });
});

describe('degreeOf (a degree field) / highestDegree', () => {
  it.each([
    ['Bachelor of Science - BS', 'bachelor'],
    ["Bachelor's degree", 'bachelor'],
    ['BSc', 'bachelor'],
    ['B.A.', 'bachelor'],
    ['Master of Business Administration - MBA', 'master'],
    ["Master's degree", 'master'],
    ['MSc', 'master'],
    ['M.S.', 'master'],
    ['MBA', 'master'],
    ['Doctor of Philosophy - PhD', 'phd'],
    ['Ph.D.', 'phd'],
    ['Doctorate', 'phd'],
    ['BA', 'bachelor'],
    ['B.S.', 'bachelor'],
    ['MS', 'master'],
    ['MA', 'master'],
    ['Doctor of Medicine', 'phd'],
    ['Associate of Arts', null],
    ['High School Diploma', null],
    ['Certificate in Cooking', null],
    ['Embassy liaison', null],
  ])('%s → %s', (words, degree) => {
    expect(degreeOf(words)).toBe(degree);
  });

  it('takes the highest', () => {
    expect(highestDegree([{ value: 'bachelor', source: 'a' }, { value: 'phd', source: 'b' }, { value: 'master', source: 'c' }])).toEqual({ value: 'phd', source: 'b' });
    expect(highestDegree([])).toBeNull();
  });
});
