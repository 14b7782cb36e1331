// What the employer offers (pay, benefits, equal opportunity) asks the candidate for nothing; a sentence that also
// asks for something is a requirement.
import { describe, expect, it } from 'vitest';
import { isOfferSentence } from '../../lib/posting/offer';
import { parsePosting } from '../../lib/posting';

describe('isOfferSentence: the employer describing itself', () => {
  it('is what the employer is, not what it asks', () => {
    for (const t of [
      'We are a high-growth, Platform as a Service company focused on identity security.',
      "We're a sociable, tight-knit team with monthly socials and sports clubs.",
      'At Acme, we are one of the leading players in blockchain.',
      'Nous sommes une startup de la cybersécurité.',
      'Founded by the early teams behind LinkShare and Overstock (NASDAQ:OSTK), we are fully remote.',
      'Our advisors include founders of Comcast, Instagram and MySQL.',
      'While Pulumi is headquartered in Seattle, WA., we are dedicated to being a remote-first company.',
    ]) expect(isOfferSentence(t), t).toBe(true);
    expect(isOfferSentence('Saviynt is a leading identity platform built on Kubernetes.', 'Saviynt')).toBe(true);
  });

  it('unless it turns to the candidate or asks for something', () => {
    for (const t of [
      "We're a multi-platform team, so it's important to understand our web platform (React, TypeScript).",
      "We're a startup so your duties will require strong judgment and leadership.",
      'We are a Go shop and you will write Go every day.',
      'We are looking for a Python developer.',
      'We are a team of engineers, and experience with Kafka helps.',
    ]) expect(isOfferSentence(t), t).toBe(false);
    expect(isOfferSentence('Saviynt is a leading identity platform.', null)).toBe(false);
  });
});

describe('isOfferSentence', () => {
  it('pay, benefits, leave and the equal-opportunity statement, in several languages', () => {
    for (const t of [
      'This position is eligible for company sponsored benefits, including medical, dental and vision insurance, 401(k) and paid leave.',
      'Health benefits: medical, dental, vision, life, disability, and FSA/HSA',
      'In Canada, the expected salary range is between $147,500 CAD and $219,000 CAD.',
      'This policy applies to all employment practices, including hiring, recruiting, promotion and termination.',
      'Wir bieten dir eine betriebliche Altersvorsorge und Jobrad.',
      'Nous offrons une mutuelle et des tickets restaurant.',
      'Oferecemos plano de saúde e vale-refeição.',
      'We do not discriminate based on race, color, sex or transgender status.',
      'For more information, visit our website or follow us on Twitter, LinkedIn, and Facebook.',
      'Meeting & Team Building Allowance.',
      'Quarterly department stipend: fund team-building activities or in-person gatherings',
    ]) expect(isOfferSentence(t), t).toBe(true);
  });

  it('not a requirement that names a benefit, nor a sentence where "benefit" means use', () => {
    for (const t of [
      'Experience administering 401(k) plans and health insurance for 300 staff',
      'Knowledge of payroll and benefits software such as ADP',
      'Secondary IaaS cloud platforms that would be of benefit to the organization: Microsoft Azure and GCP.',
      'Python and Go, and a taste for well-tested code',
    ]) expect(isOfferSentence(t), t).toBe(false);
  });
});

describe('in a posting', () => {
  it('a benefits line run into the requirements part gives no items; the requirements around it still do', () => {
    const rec = parsePosting(
      ['# Engineer', '', '## Requirements', '', '* 5+ years of Go and PostgreSQL', '* We offer health insurance, dental and vision benefits, and FSA/HSA', '* Knowledge of benefits administration in Workday'].join('\n'),
    );
    const all = [...rec.required, ...rec.preferred];
    expect(all).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Workday']));
    expect(all.filter((s) => /insurance|fsa|hsa|dental/i.test(s))).toEqual([]);
  });
});
