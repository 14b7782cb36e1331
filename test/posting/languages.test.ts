import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLanguageNeeds, findLanguages } from '../../lib/posting/languages';
import { devCases, u } from './helpers';

describe('findLanguages', () => {
  it.each([
    ['Sehr gute Deutsch- (C2) und Englischkenntnisse (mind. C1)', ['German', 'English']],
    ['Fluent in both German and English.', ['German', 'English']],
    ['Votre anglais est courant, une 3ème langue serait appréciée', ['English']],
    ['Inglés avanzado (B2 o superior)', ['English']],
    ['Inglês avançado para conversação', ['English']],
    ['Fluency in Korean and a professional working proficiency in English.', ['Korean', 'English']],
    ['Very good English skills, both written and spoken, German beneficial', ['English', 'German']],
    ['Vloeiend Nederlands en Engels', ['Dutch', 'English']],
    ['Speak German or other European languages', ['German']],
    ['Français courant, portugais apprécié', ['French', 'Portuguese']],
    ['Verhandlungssichere Englischkenntnisse', ['English']],
  ])('%s', (text, want) => expect(findLanguages([u(text)])).toEqual(want));

  it.each([
    'Experience with Java, Go and Python',
    'Experience selling into English-speaking countries',
    'Knowledge of German GAAP',
    'Excellent written and verbal communication skills',
  ])('none in %s', (text) => expect(findLanguages([u(text)])).toEqual([]));

  it('reads preferred units too, but not the company blurb', () => {
    expect(findLanguages([u('Speaking Spanish is a plus', 'preferred', true)])).toEqual(['Spanish']);
    expect(findLanguages([u('We serve English-speaking and French-speaking markets', 'company'), u('Python')])).toEqual([]);
  });

  it('reads a demand said outright wherever it stands, with a level; not a perk or a team description', () => {
    const req = u('5+ years of Python', 'requirements');
    for (const [text, kind] of [
      ['Fluency in English is required due to the share of English-speaking customers', 'benefits'],
      ['Are you fluent in English? Do you have a strong work ethic?', 'benefits'],
      ['We require that the candidate is fluent in Spanish and lives in LATAM', 'other'],
      ['Proficient English and communications skills required', 'responsibilities'],
    ] as const) {
      expect(findLanguages([req, u(text, kind)]).length, text).toBe(1);
    }
    expect(findLanguages([req, u('Free English classes with native speakers', 'benefits')])).toEqual([]);
    expect(findLanguages([req, u('Our team speaks fluent German and English', 'benefits')])).toEqual([]);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { findLanguages([u(s)]); }));
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findLanguages(c.units)).toEqual(c.label.languages));
  });
});

describe('findLanguageNeeds: level and required/preferred, in several languages', () => {
  it.each([
    ['Fließende Deutsch- und Englischkenntnisse', [['German', 'fluent', false], ['English', 'fluent', false]]],
    ['Gute Englischkenntnisse in Wort und Schrift', [['English', 'good', false]]],
    ['Anglais courant, espagnol apprécié', [['English', 'fluent', false], ['Spanish', null, true]]],
    ['Inglés nivel alto (C1)', [['English', 'C1', false]]],
    ['Je hebt een uitstekende beheersing van de Nederlandse taal', [['Dutch', 'fluent', false]]],
    ['Vloeiend Nederlands; Engels is een pluspunt', [['Dutch', 'fluent', false], ['English', null, true]]],
    // no level word close to the names: both asked for, level unknown
    ['Excelentes habilidades de comunicación oral y escrita en español e inglés', [['Spanish', null, false], ['English', null, false]]],
    ['Domínio da língua inglesa', [['English', 'professional', false]]],
    ['Native or near-native Japanese; basic English', [['Japanese', 'native', false], ['English', 'basic', false]]],
    ['Fluent in German, Japanese, French, or Mandarin', [['German', 'fluent', false], ['Japanese', 'fluent', false], ['French', 'fluent', false], ['Mandarin', 'fluent', false]]],
    ['Englisch B2 oder C1', [['English', 'B2', false]]],
  ])('%s', (text, want) => {
    expect(findLanguageNeeds([u(text)]).map((n) => [n.name, n.level, n.preferred])).toEqual(want);
  });

  it.each([
    'Upload your resume in English, please',
    'Envoyez votre CV en anglais',
    'Bonne connaissance des systèmes législatifs français',
    'Excellent communication skills with germane briefs',
    'Experience with the German market',
  ])('no language asked in %s', (text) => expect(findLanguageNeeds([u(text)])).toEqual([]));

  it('a whole nice-to-have part makes its languages preferred; required wins when named in both', () => {
    expect(findLanguageNeeds([u('Fluent Italian', 'preferred', true)])).toEqual([{ name: 'Italian', level: 'fluent', preferred: true }]);
    const both = findLanguageNeeds([u('Spanish is a plus'), u('Fluent Spanish required')]);
    expect(both).toEqual([{ name: 'Spanish', level: 'fluent', preferred: false }]);
  });

  it('outside the requirement parts only a stated level counts', () => {
    const units = [u('Python'), u('Fließende Deutschkenntnisse', 'other'), u('Our English-speaking team is friendly', 'other')];
    expect(findLanguageNeeds(units).map((n) => n.name)).toEqual(['German']);
    expect(findLanguages([u('Python'), u('Clases de inglés cada semana', 'benefits')])).toEqual([]);
  });
});
