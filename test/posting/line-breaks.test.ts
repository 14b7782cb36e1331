// Text that lost its line breaks on the way (copied from a careers page): the breaks come back where words are
// glued, and nowhere else.
import { describe, expect, it } from 'vitest';
import { restoreLineBreaks } from '../../lib/posting/line-breaks';
import { parsePosting } from '../../lib/posting';


const FLAT = [
  'Acme Freight is growing its finance team across three offices. ABOUT THE ROLEYou will keep the books of our',
  'depots and report to the CFO. Key duties:· Prepare the monthly close and the variance report· Reconcile the bank',
  'accounts every week· Chase unpaid invoices with the sales team REQUIREMENTSDegree in accounting or financeAt least',
  '4 years in a similar roleFluent spoken and written EnglishAdvanced Excel skillsKnowledge of Sage 50Xero a plus',
].join(' ');

describe('restoreLineBreaks', () => {
  it('puts the breaks back between glued items, before a glued heading, and before inline bullets', () => {
    const lines = restoreLineBreaks(FLAT).split('\n');
    expect(lines).toContain('ABOUT THE ROLE');
    expect(lines).toContain('REQUIREMENTS');
    expect(lines).toContain('Degree in accounting or finance');
    expect(lines).toContain('At least 4 years in a similar role');
    expect(lines).toContain('Advanced Excel skills');
    expect(lines).toContain('Xero a plus');
    expect(lines).toContain('· Reconcile the bank accounts every week');
  });

  it('turns such a posting into parts: the requirements are read, the duties are not', () => {
    const rec = parsePosting(`Finance Officer\nAcme Freight\n\n${FLAT}`);
    expect(rec.required).toEqual(expect.arrayContaining(['Microsoft Excel', 'Sage']));
    expect(rec.preferred).toContain('Xero');
    expect(rec.minYears).toBe(4);
    expect([...rec.required, ...rec.preferred]).not.toContain('Bank Reconciliation');
  });

  it('leaves alone a posting whose glued words are product names', () => {
    const text = 'You have run CloudTrail, GuardDuty and SonarLint in production, and written VictoriaMetrics alerts.\n* Terraform';
    expect(restoreLineBreaks(text)).toBe(text);
  });

  it('never splits a name a skills list spells, nor a word glued the same way twice', () => {
    const text = `${FLAT} Experience with JavaScript and webMethods.\nMore webMethods work.`;
    const out = restoreLineBreaks(text);
    expect(out).toContain('JavaScript');
    expect(out).toContain('with JavaScript and webMethods.');
  });

  it('keeps bullets inside a short line ("Remote · Full-time")', () => {
    expect(restoreLineBreaks('Remote · Full-time · Senior')).toBe('Remote · Full-time · Senior');
  });

  describe('a whole posting in one paragraph', () => {
    const filler = 'We build logistics software for hospitals and ship it every week with a small and friendly team. '.repeat(16);
    const flat = `${filler}What you will do Run our Kafka clusters and plan their capacity with the data team. What you will bring 5+ years of Go in production and solid PostgreSQL skills. About Northwind Labs Northwind Labs is a remote company that meets twice a year and cares about the requirements of its customers.`;

    it('puts its headings on lines of their own, "About <Name>" only where the name starts the next sentence', () => {
      const lines = restoreLineBreaks(flat).split('\n');
      expect(lines).toEqual(expect.arrayContaining(['What you will do', 'What you will bring', 'About Northwind Labs']));
      expect(lines).toContain('Northwind Labs is a remote company that meets twice a year and cares about the requirements of its customers.');
    });

    it('reads the requirements from their part only', () => {
      const rec = parsePosting(`Platform Engineer\nNorthwind Labs\n\n${flat}`);
      expect(rec.required).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
      expect([...rec.required, ...rec.preferred]).not.toContain('Apache Kafka');
      expect(rec.minYears).toBe(5);
    });

    it('leaves short lines and headings words inside sentences alone', () => {
      const short = 'What you will bring 5+ years of Go. About Us Us is a word.';
      expect(restoreLineBreaks(short)).toBe(short);
      const prose = `${filler}Please read about us and our requirements before you apply to this job.`;
      expect(restoreLineBreaks(prose)).toBe(prose);
    });
  });
});

