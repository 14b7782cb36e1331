import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/page';
import { page, ld } from './helpers';

const DESC = '<h2>About</h2><p>We build things for people who build things, every day, all over the world.</p><h3>Requirements</h3><ul><li>5+ years of TypeScript</li><li>Experience with PostgreSQL</li></ul><p><strong>Nice to have</strong></p><ul><li>Rust</li></ul>';
const posting = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Senior Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Acme' },
    description: DESC,
    ...extra,
  });

describe('JSON-LD JobPosting', () => {
  it('reads a plain block, keeping headings and bullets of the HTML description', () => {
    const r = extractPage(page('<h1>Senior Engineer</h1>', ld(posting())), 'https://acme.example/careers/1');
    expect(r?.source).toBe('jsonld');
    expect(r?.header).toMatchObject({ title: 'Senior Engineer', company: 'Acme' });
    expect(r?.text).toContain('## Requirements\n\n- 5+ years of TypeScript\n- Experience with PostgreSQL');
    expect(r?.text).toContain('## Nice to have');
  });

  it('finds it in an array, in @graph and with a list @type', () => {
    for (const json of [
      `[{"@type":"WebSite","name":"x"}, ${posting()}]`,
      `{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Acme"}, ${posting()}]}`,
      posting({ '@type': ['JobPosting', 'Thing'] }),
    ]) {
      expect(extractPage(page('', ld(json)), null)?.header.title).toBe('Senior Engineer');
    }
  });

  it('decodes an entity-encoded block and a double-escaped description', () => {
    const enc = posting().replace(/"/g, '&quot;');
    expect(extractPage(page('', ld(enc)), null)?.header.company).toBe('Acme');
    const esc = posting({ description: DESC.replace(/</g, '&lt;').replace(/>/g, '&gt;') });
    expect(extractPage(page('', ld(esc)), null)?.text).toContain('- Experience with PostgreSQL');
  });

  it('survives a broken block next to a good one, and raw newlines inside strings', () => {
    const raw = posting({ description: `${DESC}\n<p>Line two of the description goes here.</p>` }).replace('\\n', '\n');
    const r = extractPage(page('', ld('{"@type": "JobPosting", "title": ') + ld(raw)), null);
    expect(r?.header.title).toBe('Senior Engineer');
    expect(r?.text).toContain('Line two');
  });

  it('formats salary and location for the parser', () => {
    const range = { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 160000, unitText: 'YEAR' } };
    const single = { currency: 'EUR', value: { value: '34500', unitText: 'MONTH' } };
    const hourly = { currency: 'usd', value: { minValue: 25.5, maxValue: 30, unitText: 'HOUR' } };
    const r1 = extractPage(page('', ld(posting({ baseSalary: range, jobLocationType: 'TELECOMMUTE' }))), null);
    expect(r1?.header).toMatchObject({ salaryText: 'USD 120000-160000 per year', locationText: 'Remote' });
    const loc = { '@type': 'Place', address: { addressLocality: 'Berlin', addressRegion: 'BE', addressCountry: { name: 'DE' } } };
    const r2 = extractPage(page('', ld(posting({ baseSalary: single, jobLocation: [loc] }))), null);
    expect(r2?.header).toMatchObject({ salaryText: 'EUR 34500 per month', locationText: 'Berlin, BE, DE' });
    expect(extractPage(page('', ld(posting({ baseSalary: hourly }))), null)?.header.salaryText).toBe('USD 25.5-30 per hour');
    expect(extractPage(page('', ld(posting({ baseSalary: { currency: 'USD', value: 90000 } }))), null)?.header.salaryText).toBe('USD 90000 per year');
  });

  it('prefers the job on screen over stale JSON-LD (LinkedIn SPA)', () => {
    const body = `<h1 class="top-card-layout__title">Data Engineer</h1><a class="topcard__org-name-link">Beta</a><div class="show-more-less-html__markup"><p>${'We need a data engineer with Spark and Airflow experience. '.repeat(5)}</p></div>`;
    const r = extractPage(page(body, ld(posting())), 'https://www.linkedin.com/jobs/search/?currentJobId=42');
    expect(r?.source).toBe('board');
    expect(r?.header).toMatchObject({ title: 'Data Engineer', company: 'Beta' });
  });
});
