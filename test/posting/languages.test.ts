import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLanguages } from '../../lib/posting/languages';
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

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { findLanguages([u(s)]); }));
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findLanguages(c.units)).toEqual(c.label.languages));
  });
});
