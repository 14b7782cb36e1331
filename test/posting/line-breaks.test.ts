// Text that lost its line breaks on the way (copied from a careers page): the breaks come back where words are
// glued, and nowhere else.
import { describe, expect, it } from 'vitest';
import { restoreLineBreaks } from '../../lib/posting/line-breaks';
import { classifyPlainHeading } from '../../lib/posting/headings';
import { coreKnowsName } from '../../lib/taxonomy/match';
import { parsePosting } from '../../lib/posting';

const restore = (text: string) => restoreLineBreaks(text, coreKnowsName, (p) => classifyPlainHeading(p) !== null);

const FLAT = [
  'Acme Freight is growing its finance team across three offices. ABOUT THE ROLEYou will keep the books of our',
  'depots and report to the CFO. Key duties:· Prepare the monthly close and the variance report· Reconcile the bank',
  'accounts every week· Chase unpaid invoices with the sales team REQUIREMENTSDegree in accounting or financeAt least',
  '4 years in a similar roleFluent spoken and written EnglishAdvanced Excel skillsKnowledge of Sage 50Xero a plus',
].join(' ');

describe('restoreLineBreaks', () => {
  it('puts the breaks back between glued items, before a glued heading, and before inline bullets', () => {
    const lines = restore(FLAT).split('\n');
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
    expect(restore(text)).toBe(text);
  });

  it('never splits a name a skills list spells, nor a word glued the same way twice', () => {
    const text = `${FLAT} Experience with JavaScript and webMethods.\nMore webMethods work.`;
    const out = restore(text);
    expect(out).toContain('JavaScript');
    expect(out).toContain('with JavaScript and webMethods.');
  });

  it('keeps bullets inside a short line ("Remote · Full-time")', () => {
    expect(restore('Remote · Full-time · Senior')).toBe('Remote · Full-time · Senior');
  });
});
