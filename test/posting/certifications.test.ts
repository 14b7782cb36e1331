import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { certificationSpans, findCertifications } from '../../lib/posting/certifications';
import { devCases, u } from './helpers';

describe('findCertifications', () => {
  it.each([
    ['Kubernetes certification (CKA / CKAD / CKS), GCP Professional Cloud Architect or Security Engineer certification',
      ['CKA', 'CKAD', 'CKS', 'Google Cloud Professional Cloud Architect', 'Google Cloud Professional Cloud Security Engineer']],
    ['Google Google Cloud Professional level certification, Devops and machine learning.',
      ['Google Cloud Professional Cloud DevOps Engineer', 'Google Cloud Professional Machine Learning Engineer']],
    ['Gas Safe – CCN1/MET1 or CMA1/MET1 (or equivalent);', ['Gas Safe', 'CCN1', 'MET1', 'CMA1']],
    ['A full UK driving licence.', ['UK Driving Licence']],
    ['Valid driver’s license.', ["Driver's License"]],
    ['Certification as a RN, PA, APRN, or FNP', ['Registered Nurse (RN)', 'Physician Assistant (PA)', 'Advanced Practice Registered Nurse (APRN)', 'Family Nurse Practitioner (FNP)']],
    ['Certification as a risk adjustment coder', ['Risk Adjustment Coder Certification']],
    ['Ability to obtain a Secret clearance', ['Secret Clearance']],
    ['Active TS/SCI clearance required', ['TS/SCI Clearance']],
    ['Admission to bar of good standing', ['Bar Admission']],
    ['AZ-104 or MS-102 certification', ['AZ-104', 'MS-102']],
    ['AWS Certified Solutions Architect – Associate', ['AWS Certified Solutions Architect – Associate']],
    ['CISSP, CISM or CompTIA Security+ certification', ['CISSP', 'CISM', 'CompTIA Security+']],
    ['Current BLS and ACLS certification', ['BLS', 'ACLS']],
    ['PMP certification preferred', ['PMP']],
    ['CPA or ACCA qualified', ['CPA', 'ACCA']],
    ['ITIL v4 Foundation certification', ['ITIL']],
    ['Führerschein Klasse B', ['Driving Licence (Class B)']], // as the spec's labels name a European class
    // A short name spelled out after a dash or in brackets is one credential, not two.
    ['BCLS - Basic Life Support through the American Heart Association Required', ['BCLS']],
    ['CCNA (Cisco Certified Network Associate)', ['CCNA']],
    ['PALS: Pediatric Advanced Life Support within 180 days', ['PALS']],
    ['Certified Information Systems Security Professional - CISSP', ['CISSP']],
  ])('%s', (text, want) => expect(findCertifications([u(text)])).toEqual(want));

  it.each([
    'Experience with Kubernetes and Terraform',
    'Knowledge of ITIL processes',
    'Customer Success Manager experience',
    'Experience with GCP Secret Manager',
    'Based in PA or NJ',
    'We will pay for your AWS certification during your first year',
  ])('none in %s', (text) => expect(findCertifications([u(text)])).toEqual([]));

  it('returns the spans it consumed', () => {
    const t = 'Kubernetes certification (CKA / CKAD)';
    const spans = certificationSpans(t);
    expect(spans.map(([s, e]) => t.slice(s, e))).toEqual(['CKA', 'CKAD']);
  });

  it("covers the spelled-out name before an acronym in brackets, whose skills words are the certificate's", () => {
    const t = 'Certified Public Accounting (CPA) Designation';
    expect(certificationSpans(t).map(([s, e]) => t.slice(s, e))).toEqual(['Certified Public Accounting (CPA']);
    const t2 = 'Must hold a Certified Information Systems Security Professional (CISSP)';
    expect(certificationSpans(t2).map(([s, e]) => t2.slice(s, e))).toEqual(['Certified Information Systems Security Professional (CISSP']);
    const t3 = 'Experience in accounting (CPA)'; // the words before do not spell it
    expect(certificationSpans(t3).map(([s, e]) => t3.slice(s, e))).toEqual(['CPA']);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { findCertifications([u(s)]); certificationSpans(s); }));
  });

  describe('dev set', () => {
    for (const c of devCases()) it(c.id, () => expect(findCertifications(c.units)).toEqual(c.label.certifications));
  });
});

describe('findCertifications: licences named by their cue word, outside tech', () => {
  it.each([
    ['Candidate must have a valid professional home inspector’s license and a car.', ['Professional Home Inspector License']],
    ['Current and valid Oregon license as a Respiratory Care Practitioner Required', ['Oregon Respiratory Care Practitioner License']],
    ['Registered Dietitian (RDN) credential within one year', ['RDN']],
    ['AMI approved Montessori Credential required.', ['Montessori Credential']],
    ['Class B CDL with a clean record; CDL holders only', ['Class B CDL']],
    ['Führerscheins der Klasse B', ['Driving Licence (Class B)']],
    ['Permis B indispensable', ['Driving Licence (Class B)']],
    ['Rijbewijs B is een vereiste', ['Driving Licence (Class B)']],
    ['CACES R489 en cours de validité', ['CACES R489']],
    ['Current State Nursing License; BLS and ACLS', ['State Nursing License', 'BLS', 'ACLS']],
    ['Facharztanerkennung für Innere Medizin', ['Facharzt']],
  ])('%s', (text, want) => expect(findCertifications([u(text)])).toEqual(want));

  it.each([
    'Relevant certifications are a plus', // names nothing
    'A university certificate in business administration', // a degree, not a licence
    'You will earn a valid forklift license during training with us. We will provide the training.',
  ])('none in %s', (text) => expect(findCertifications([u(text)])).toEqual([]));
});
