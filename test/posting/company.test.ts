import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { companyFromBody, companyFromLabels } from '../../lib/posting/company';
import { readHeader } from '../../lib/posting/header';
import { normalizeText } from '../../lib/posting/normalize';

const isRole = (s: string) => /\b(?:engineer|developer|manager|nurse|driver)\b/i.test(s);
const head = (t: string) => readHeader(normalizeText(t)).header;

describe('companyFromLabels', () => {
  it.each([
    ['- Von: Muster Consulting AG\n- Start: 10.2025', 'Muster Consulting AG'],
    ['Company: Sprocket Media\nLocation: Remote', 'Sprocket Media'],
    ['Empresa: Grupo Tresmares\nUbicación: Madrid', 'Grupo Tresmares'],
    ['Informations complémentaires\nEntreprise\nLA FERME DU MOULIN\nSur 40 hectares, la ferme accueille…', 'LA FERME DU MOULIN'],
    ['Werkgever: Stichting Zorgpunt\nUren: 32', 'Stichting Zorgpunt'],
    ['Unternehmen\nBergmann & Söhne GmbH\n', 'Bergmann & Söhne GmbH'],
  ])('%j', (text, want) => expect(companyFromLabels(text, isRole)).toBe(want));

  it.each([
    'Company: Confidential',
    'Company: None',
    'Company location: Canada (remote)',
    'Kunde: Große Versicherung AG', // the client of an agency, not the poster
    'Entreprise\nNous sommes une entreprise familiale de 40 personnes qui fabrique des meubles.',
    'Company: https://example.org',
  ])('nothing from %j', (text) => expect(companyFromLabels(text, isRole)).toBeNull());
});

describe('companyFromBody', () => {
  it.each([
    ['Founded in 2006, Lindenhof Academy is a private preschool in Austin.', 'Lindenhof Academy'],
    ['Le Domaine des Pins recrute son futur chef de rang.', 'Le Domaine des Pins'],
    ['Kaltwerk Systems sucht ab sofort Verstärkung.', 'Kaltwerk Systems'],
    ['Bakkerij Molenaar zoekt een enthousiaste collega.', 'Bakkerij Molenaar'],
    ['Ferrovia Norte busca un ingeniero de datos.', 'Ferrovia Norte'],
    ['Tidewater Health is hiring a charge nurse for nights.', 'Tidewater Health'],
    ['## ✍ About Quillmark\nQuillmark builds writing tools.', 'Quillmark'],
    ['## About the company - Flagpole\nWe make releases calm.', 'Flagpole'],
    ['We build maps. Join the Orbly Engineering Team and ship with us. Orbly is remote.', 'Orbly'],
    ['En Atrato somos una startup. Atrato crece.', 'Atrato'],
    ['Join Lumenfield and help us. Lumenfield pays well.', 'Lumenfield'], // the name stops before lower-case words
    ['At Wendel, you will lead audits. Wendel is growing.', 'Wendel'],
  ])('%j', (text, want) => expect(companyFromBody(text, isRole)).toBe(want));

  it.each([
    'Our client, Brightline Logistics, is a leading 3PL. Brightline Logistics is growing.', // agency: the client is not the poster
    'They are looking for a skilled engineer. They pay well.',
    'Python is a plus. Python is a must for this team.',
    'Scala EngineerWe are seeking a skilled engineer. Scala EngineerWe again.', // text run together
    'This role is a great fit. This is a team.',
    'Dit werk is 100% op afstand. Dit is een unieke kans.', // demonstratives in other languages
    'Isto é um desafio. Isto é uma oportunidade.',
  ])('nothing from %j', (text) => expect(companyFromBody(text, isRole)).toBeNull());

  it('reads a sign-off and a contact address only when nothing else names the poster', () => {
    expect(companyFromBody('Apply by mail.\n\nThe Hollis Team', isRole)).toBeNull(); // named once
    expect(companyFromBody('Hollis makes tea.\nApply by mail.\n\nThe Hollis Team', isRole)).toBe('Hollis');
    const resolve = (slug: string) => (slug === 'quernstone' ? 'Quernstone' : null);
    expect(companyFromBody('Send your CV to jobs@quernstone.co.uk today.', isRole, resolve)).toBe('Quernstone');
    expect(companyFromBody('Send your CV to someone@gmail.com today.', isRole, () => 'Gmail')).toBeNull();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        companyFromBody(s, isRole);
        companyFromLabels(s, isRole);
      }),
    );
  });
});

describe('header: the line under the title on board copy', () => {
  it('takes a company line followed by place and contract even when the text never repeats it', () => {
    expect(head('Respiratory Therapist\nSt. Brigid’s Hospital Omaha\nOmaha, NE\nFull-time\n\nWe care for kids.').company).toBe('St. Brigid’s Hospital Omaha');
  });
  it('an organisation word keeps a name with a country in it from being read as a place', () => {
    expect(head('Truck Driver (Class A)\n\nUSA Freight Staffing\n\n  • Dalton, GA\n  • Full-time\nRequirements\n- 3 months').company).toBe('USA Freight Staffing');
  });
  it('a legal form marks a company line', () => {
    expect(head('Home Inspector\nPrairie Home Inspections, PLLC\nDallas, TX\n\nWe inspect homes.').company).toBe('Prairie Home Inspections, PLLC');
  });
  it('a tagline under the title is not a company', () => {
    expect(head('Senior Nurse\nWe care about you.\nOmaha, NE\n\nWe care for kids.').company).toBeNull();
  });
});
