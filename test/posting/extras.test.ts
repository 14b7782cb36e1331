import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findSecurityClearance,
  findVisaSponsorship,
  findWorkAuthorization,
  readVisaSponsorship,
  readWorkAuthorization,
} from '../../lib/posting/extras';

describe('findVisaSponsorship', () => {
  it.each([
    ['We are unable to sponsor visas for this role.', 'not_offered'],
    ['Candidates must be authorized to work in the US without sponsorship.', 'not_offered'],
    ['No visa sponsorship available.', 'not_offered'],
    ['Visa sponsorship is available for the right candidate.', 'offered'],
    ['We offer relocation and visa support.', 'offered'],
    ['We build payments software.', 'not_said'],
  ])('%s', (text, want) => expect(findVisaSponsorship(text)).toBe(want));
});

describe('findVisaSponsorship: refusals and offers in several phrasings', () => {
  it.each([
    ['Unfortunately we are not able to sponsor work visas.', 'not_offered'],
    ['Applicants must be able to work in the US without requiring sponsorship now or in the future.', 'not_offered'],
    ['Sponsorship will not be provided for this position.', 'not_offered'],
    ['Candidates who require visa sponsorship will not be considered.', 'not_offered'],
    ['We are unable to consider applicants who will now or in the future require sponsorship.', 'not_offered'],
    ['This role does not qualify for visa sponsorship.', 'not_offered'],
    ['We are not in a position to offer sponsorship at this time.', 'not_offered'],
    ['We are happy to sponsor visas for strong candidates.', 'offered'],
    ['Our team will support your visa application and relocation.', 'offered'],
    ['H1B sponsorship is an option for this role.', 'offered'],
    // Sponsors of events and questions to the applicant say nothing about this job's visas.
    ['Grow relationships with sponsors and partners; own the event sponsorship process.', 'not_said'],
    ['Will you now or in the future require sponsorship for employment visa status?', 'not_said'],
  ])('%s', (text, want) => expect(findVisaSponsorship(text)).toBe(want));

  it('keeps the sentence that says it, out of a longer paragraph', () => {
    const text = 'About us\nWe build tools. We are not able to sponsor work visas. Apply today!\nBenefits: relocation and visa support.';
    expect(readVisaSponsorship(text)).toEqual({ value: 'not_offered', sentence: 'We are not able to sponsor work visas.' });
    expect(readVisaSponsorship('Perks\n- Visa sponsorship available\n- Free lunch')).toEqual({ value: 'offered', sentence: '- Visa sponsorship available' });
    expect(readVisaSponsorship('We build payments software.')).toEqual({ value: 'not_said', sentence: null });
  });
});

describe('findSecurityClearance', () => {
  it.each([
    ['Ability to obtain a Secret clearance', 'Secret'],
    ['Active TS/SCI clearance with polygraph', 'TS/SCI with Polygraph'],
    ['Must hold Top Secret clearance', 'Top Secret'],
    ['SC clearance or willingness to undergo it', 'SC'],
    ['Current DV clearance', 'DV'],
    ['Clearance: Secret', 'Secret'],
    ['Must be able to obtain a security clearance', 'Security Clearance'],
    ['Experience with GCP Secret Manager', null],
    ['Customs clearance documents', null],
  ])('%s', (text, want) => expect(findSecurityClearance(text)).toBe(want));
});

describe('findWorkAuthorization', () => {
  it.each([
    ['You must be authorized to work in the United States.', 'Must be authorized to work in the US'],
    ['Applicants must have the right to work in the UK.', 'Must be authorized to work in the UK'],
    ['US citizenship is required for this role.', 'Must be a US citizen'],
    ['Gültige Arbeitserlaubnis für Deutschland', 'Must hold a valid work permit'],
    ['We build payments software.', null],
    ['Must be legally authorised to work in the U.S.', 'Must be authorized to work in the US'],
    ['You must have full working rights in Australia.', 'Must be authorized to work in Australia'],
    ['Candidates must be eligible to work in Canada.', 'Must be authorized to work in Canada'],
    ['Applicants must currently possess unrestricted authorization to work in the United States.', 'Must be authorized to work in the US'],
    ['US work authorization required.', 'Must be authorized to work in the US'],
  ])('%s', (text, want) => expect(findWorkAuthorization(text)).toBe(want));

  it('keeps the sentence that says it', () => {
    const text = 'Requirements\n- 5 years of Go\nYou should enjoy ops. You must be authorized to work in the United States. We value kindness.';
    expect(readWorkAuthorization(text)).toEqual({
      value: 'Must be authorized to work in the US',
      sentence: 'You must be authorized to work in the United States.',
    });
    expect(readWorkAuthorization('Engineers build things.')).toEqual({ value: null, sentence: null });
  });
});

it('extras never throw', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
    findVisaSponsorship(s); findSecurityClearance(s); findWorkAuthorization(s);
  }));
});
