import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSecurityClearance, findVisaSponsorship, findWorkAuthorization } from '../../lib/posting/extras';

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
  ])('%s', (text, want) => expect(findWorkAuthorization(text)).toBe(want));
});

it('extras never throw', () => {
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
    findVisaSponsorship(s); findSecurityClearance(s); findWorkAuthorization(s);
  }));
});
