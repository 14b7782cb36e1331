// A sentence outside the requirements part that says what the candidate already has is a requirement; a duty, an
// offer of training or the company's own know-how is not.
import { describe, expect, it } from 'vitest';
import { isProfileSentence } from '../../lib/posting/profile-sentences';
import { parsePosting } from '../../lib/posting';
import type { SectionKind, Unit } from '../../lib/posting/types';

const unit = (text: string, sectionKind: SectionKind = 'responsibilities'): Unit => ({ text, sectionKind, heading: null, preferred: false, index: 0 });

describe('isProfileSentence', () => {
  it('the candidate has or is, in six languages', () => {
    for (const t of [
      'You have solid experience with Terraform and Ansible.',
      'You have 5+ years of experience building data pipelines.',
      'You’re an expert in JavaScript/TypeScript syntax.',
      'You are comfortable working with git and GitHub.',
      "En charge du suivi du chantier, vous êtes à l'aise avec les outils Word et Excel.",
      'Vous maîtrisez Python et SQL.',
      'Vous avez une solide expérience en conteneurisation.',
      'Sie verfügen über fundierte Kenntnisse in SAP FI.',
      'Du hast mehrjährige Erfahrung mit React.',
      'Tienes experiencia con Kubernetes.',
      'Je hebt ervaring met Java en Spring.',
      'Você tem experiência com AWS.',
    ]) expect(isProfileSentence(unit(t)), t).toBe(true);
  });

  it('a line that is itself a requirement noun phrase, in six languages', () => {
    for (const t of [
      'Extensive knowledge on WCF/Web-API development and hands on experience throughout the life cycle of application.',
      'Experience in BI tools, performance tuning is a plus',
      'Familiarity with Google Cloud Platform and Terraform.',
      "Maîtrise de Python et d'Ansible",
      "Connaissance d'un ERP",
      'Fundierte Kenntnisse in SAP FI',
      'Experiencia con Kubernetes',
      'Ervaring met Java',
      'Conhecimento em AWS',
      // the candidate described by a participle
      'Expérimenté en maçonnerie, vous avez mené des chantiers du gros au second œuvre.',
      'Experienced with Python and modern ML frameworks such as PyTorch',
      'Erfahren in der Buchhaltung nach HGB',
    ]) expect(isProfileSentence(unit(t)), t).toBe(true);
    for (const t of [
      'Gain experience with our whole stack.',
      'Experience in JavaScript is not essential but you must be excited to learn it.',
      'Build knowledge of our codebase in your first month.',
      'Our experience with Kafka is deep.',
      'Our experienced team in Paris builds the platform.',
    ]) expect(isProfileSentence(unit(t)), t).toBe(false);
  });

  it('not what the job gives, what the company knows, a duty, or where it is not asked', () => {
    for (const t of [
      'You will gain experience with Kubernetes.',
      'You’ll have experience of every part of the stack by year end.',
      'We are willing to train you on Go if you’re experienced on a different stack.',
      'Our team has deep experience in Kafka.',
      'You will build services in Go.',
      'No prior experience with Rust is required; you have the curiosity to learn.',
      'Vous utiliserez Docker au quotidien.',
    ]) expect(isProfileSentence(unit(t)), t).toBe(false);
  });

  it('only outside the requirement parts and never in the company, benefits or apply parts', () => {
    const t = 'You have solid experience with Terraform.';
    for (const kind of ['intro', 'responsibilities', 'other'] as const) expect(isProfileSentence(unit(t, kind)), kind).toBe(true);
    for (const kind of ['requirements', 'preferred', 'company', 'benefits', 'apply', 'stack'] as const) expect(isProfileSentence(unit(t, kind)), kind).toBe(false);
  });
});

describe('in a posting with a requirements part', () => {
  const posting = (duty: string) =>
    `Platform Engineer\n\nWhat you will do\n\n- Run our clusters\n- ${duty}\n\nRequirements\n\n- 5+ years of experience with Python\n- Experience with PostgreSQL\n`;

  it('reads a profile sentence among the duties with the requirements', () => {
    const r = parsePosting(posting('You have hands-on experience with Terraform and Ansible'));
    expect(r.required).toEqual(expect.arrayContaining(['Python', 'PostgreSQL', 'Terraform', 'Ansible']));
  });

  it('leaves the duties themselves out', () => {
    const r = parsePosting(posting('You will automate deployments with Terraform and Ansible'));
    expect(r.required).not.toContain('Terraform');
    expect(r.required).not.toContain('Ansible');
  });
});
