import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMinYears } from '../../lib/posting/years';
import { devCases, u } from './helpers';

describe('findMinYears', () => {
  it.each([
    ['3+ years of experience with Python', 3],
    ['At least 5 years of professional experience', 5],
    ['3–10+ years in software engineering', 3],
    ['Experience: 8-10+ years in DevOps with at least 2 of those years in ML', 8],
    ['6 months of experience in retail', 0.5],
    ['Mindestens 3 Jahre Berufserfahrung in der Softwareentwicklung', 3],
    ['Vous disposez de 5 ans d’expérience minimum sur un poste similaire', 5],
    ['Expérience : 7 à 10 ans minimum dans la vente', 7],
    ['5 años de experiencia en desarrollo backend', 5],
    ['Minimaal 3 jaar werkervaring als developer', 3],
    ['Two years of experience in customer support', 2],
    ['Zwei Jahre Erfahrung im Vertrieb', 2],
    ['You have 3+ years building Webflow sites', 3],
    ['1‐2 years’ experience in business development', 1],
    ['8+ years of experience, with a strong background in distributed systems preferred.', 8],
    ['A minimum of 8 years of experience at a law firm (SaaS preferred)', 8],
    // a quality word between the figure and the work, with no "experience"
    ['Minimum of five years previous Solutions Engineering with demonstrable success', 5],
    ['12+ years progressive, relevant sales work in healthcare', 12],
    ['4 years prior Salesforce administration', 4],
    // a cue qualifies its own clause or bracket, not the figure before it
    ['5+ years of experience in a technical role – preferably in technical presales', 5],
    ['4+ years engineering experience - ideally with NodeJS, Typescript & Express', 4],
    ["Tu as au moins 5 ans d'expérience (peu importe ta stack, mais TypeScript et NestJS sont des vrais plus)", 5],
    ['Have at least 5 years of iOS experience, preferably in Swift', 5],
    ['8 – 11 years of experience in the field', 8],
    // …unless the clause after it is the cue alone
    ['3+ years of experience in security operations would be ideal, but not required', null],
    ['Generally prefers a minimum of two (2) years of RPA experience', null],
    // the figure's word for what it counts, or a word that says it is asked for
    ['Required Total Years Of exp- 3+ years', 3],
    ['8+ years required, or 5+ years with an advanced degree', 8],
    ['8+ years previously in a software engineering role', 8],
    ["Ingénieur Bac+5 avec 2ans d'expérience et plus", 2],
    ['Expérience minimale de 3ans à 8ans dans un rôle Full Stack', 3],
  ])('%s', (text, want) => expect(findMinYears([u(text)])).toBe(want));

  it('reads a bare figure under a field label that names experience ("Expérience" over "3 ans")', () => {
    const under = (heading: string, text: string) => ({ ...u(text), heading });
    expect(findMinYears([under('Expérience', '3 ans')])).toBe(3);
    expect(findMinYears([under('Experience', '5-10 years')])).toBe(5);
    expect(findMinYears([under('Benefits', '3 years')])).toBeNull();
    expect(findMinYears([under('What experience you will gain in your first years', '3 years')])).toBeNull();
  });

  it('does not read a time window, a deadline or an upper bound as experience', () => {
    expect(findMinYears([u('Minimum of 3 months experience in the last 36 months')])).toBe(0.25);
    expect(findMinYears([u('Registered Respiratory Therapist credential within three years of hire, experience preferred')])).toBeNull();
    expect(findMinYears([u('Less than 2 years of professional experience')])).toBeNull();
    const under = (heading: string, text: string) => ({ ...u(text), heading });
    expect(findMinYears([under('Experience Requirements', 'Fleeing or evading law enforcement while operating a CMV - 3 years if holding a CDL')])).toBeNull();
  });

  it('takes the largest minimum over required units', () => {
    expect(findMinYears([u('2+ years with Java'), u('5+ years of backend experience'), u('1+ year with React')])).toBe(5);
  });

  it.each([
    [[u('3 years of clinical practice experience', 'preferred', true)]],
    [[u('5+ years of experience is a plus')]],
    [[u("Bachelor's degree or equivalent work experience (10+ years)")]],
    [[u('Associate degree is required OR 2-3 years relevant experience in lieu of degree.')]],
    [[u('Join a 10 years old company with great culture')]],
    [[u('Several years of professional experience')]],
  ])('null for %j', (units) => expect(findMinYears(units)).toBeNull());

  it('keeps years that follow a degree clause joined by "and"', () => {
    expect(findMinYears([u("Bachelor's degree or equivalent, and 5+ years of experience")])).toBe(5);
  });

  it('beginners accepted gives 0', () => {
    expect(findMinYears([u('Débutant accepté')])).toBe(0);
  });

  it('reads intro text only with an explicit minimum', () => {
    expect(findMinYears([u('We are seeking an engineer with a minimum of 8 years of industry experience.', 'intro'), u('Java', 'requirements')])).toBe(8);
    expect(findMinYears([u('We have over 20 years of experience in retail.', 'intro'), u('Java')])).toBeNull();
    expect(findMinYears([u('Founded 15 years ago, our company...', 'company')])).toBeNull();
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { findMinYears([u(s), u(s, 'intro', true)]); }));
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findMinYears(c.units)).toBe(c.label.minYears));
  });
});
