import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/posting/normalize';
import { readHeader, resolveSlug } from '../../lib/posting/header';
import { companyFromBody } from '../../lib/posting/company';
import { devIds, label, posting } from './helpers';

const norm = (s: string | null) => (s == null ? null : s.toLowerCase().replace(/\s+/g, ' ').trim());
const head = (t: string, url?: string) => readHeader(normalizeText(t), { url }).header;

describe('readHeader on every dev posting', () => {
  for (const id of devIds()) {
    it(`${id}: title and company match the label`, () => {
      const gold = label(id);
      const h = head(posting(id));
      expect(norm(h.title)).toBe(norm(gold.title));
      expect(norm(h.company)).toBe(norm(gold.company));
    });
  }
  it('takes a forum header line’s stack as the title when no field names a role, past address, place and contract', () => {
    expect(head('Northwind | https://northwind.example/jobs | jobs@northwind.example | Europe (remote) | Full-time | iOS (Swift/Objective-C) | $120k-$160k\n\nWe build apps.').title).toBe(
      'iOS (Swift/Objective-C)',
    );
    expect(head('Kiteworks | OSAKA, JAPAN | ONSITE / REMOTE | Firmware, Bluetooth, Embedded Linux | Visa help\n\nWe build rings.').title).toBe(
      'Firmware, Bluetooth, Embedded Linux',
    );
  });
  it('reads remotewlb badges and leaves them out of the body', () => {
    const { header, body } = readHeader(normalizeText(posting('dev-006')));
    expect(header.salaryText).toBe('💰 $161,000-$194,000');
    expect(header.locationText).toBe('🌎 Remote (U.S.)');
    expect(body).not.toMatch(/💰|### Flex/);
    expect(body).toMatch(/About the role/);
  });
});

describe('readHeader on other boards (shapes not in the dev set)', () => {
  it('LinkedIn page title', () => {
    expect(head('Acme Corp hiring Senior Data Engineer in Berlin, Germany | LinkedIn\nAbout the job\nAcme Corp builds things.')).toMatchObject({
      title: 'Senior Data Engineer',
      company: 'Acme Corp',
    });
  });
  it('Indeed "Title - Company - Location"', () => {
    const t = 'Backend Developer (m/w/d) - Muster GmbH - Hamburg | Indeed.com\n\nMuster GmbH sucht Verstärkung. Wir sind ein Team mit viel Erfahrung in Hamburg und Berlin.';
    expect(head(t)).toMatchObject({ title: 'Backend Developer (m/w/d)', company: 'Muster GmbH' });
  });
  it('title line then company line (StepStone/Indeed copy)', () => {
    const t = 'Ingénieur DevOps H/F\nDataCorp\nLyon, France\nCDI\n\nDataCorp est une entreprise de conseil. Rejoignez DataCorp pour construire des plateformes cloud modernes.';
    expect(head(t)).toMatchObject({ title: 'Ingénieur DevOps H/F', company: 'DataCorp' });
  });
  it('a dash followed by a place is part of the title, not a company', () => {
    const t = 'Field Service Technician - Boston Area\n\nWe are looking for a technician to service instruments across New England for our customers.';
    expect(head(t).title).toBe('Field Service Technician - Boston Area');
    expect(head(t).company).toBeNull();
  });
  it('Greenhouse "Job Application for X at Y"', () => {
    expect(head('Job Application for Product Designer at Figma\n\nFigma is a design platform. At Figma, we build tools.')).toMatchObject({
      title: 'Product Designer',
      company: 'Figma',
    });
  });
  it('company from an ATS URL slug, spelled as the text spells it', () => {
    const t = 'Release Manager\nSan Francisco, CA\n\nWhat You Do\n- Ship releases for Nisum clients.';
    expect(readHeader(t, { url: 'https://jobs.lever.co/nisum/da3c59c3' }).header.company).toBe('Nisum');
  });
  it('resolves board handles and body sentences', () => {
    expect(resolveSlug('octoenergy', 'We are Octopus Energy. Octopus Energy is big.')).toBe('Octopus Energy');
    expect(companyFromBody('At Eppo, we are building the future. Eppo rocks.')).toBe('Eppo');
    expect(companyFromBody('Notable is the leading automation company. Customers use Notable.')).toBe('Notable');
    expect(companyFromBody('This role is a great fit. This is a team.')).toBeNull();
  });
});
