// The report's dealbreakers, visa statements and pay line, rendered without a browser: each dealbreaker with its
// sentence and a toggle that names what it will do; page text never parsed as HTML.
import { describe, expect, it } from 'vitest';
import { ReportView } from '../../components/sidepanel/ReportView';
import type { FitReport } from '../../lib/fit/types';
import type { TabEvaluation } from '../../lib/tab-evaluation';
import { renderToDom } from './render';

const evaluation = {
  status: 'posting',
  tabId: 1,
  url: 'https://www.remotewlb.com/apply/x',
  board: 'remotewlb',
  record: { title: 'T', company: 'C', required: ['Go'], preferred: [] },
} as unknown as TabEvaluation;
const HOSTILE = 'We do not sponsor visas <img src=x onerror=alert(1)>.';

function view(report: Partial<FitReport>, calls: [string, boolean][] = []) {
  const full: FitReport = { score: 40, verdict: 'weak', formulaVersion: 'fit-2', items: [], notes: [], dealbreakers: [], found: 5, confidence: 'normal', otherField: null, adjustments: [], ...report };
  const noop = () => {};
  return renderToDom(
    <ReportView
      evaluation={evaluation}
      report={full}
      saved={null}
      onHighlight={noop}
      onAddSkill={noop}
      onDismissDealbreaker={(key, on) => calls.push([key, on])}
      onSave={noop}
      onEvaluate={noop}
    />,
  );
}

describe('report: dealbreakers, visa statements and pay', () => {
  it.each([
    ['counting', false, 'Not a dealbreaker for me', ['visa', true]],
    ['dismissed', true, 'Count it again', ['visa', false]],
  ] as const)('a %s dealbreaker shows its sentence and a toggle', (_name, dismissed, button, call) => {
    const calls: [string, boolean][] = [];
    const root = view(
      { dealbreakers: [{ kind: 'visa', key: 'visa', message: 'No visa sponsorship, and you need it.', sentence: HOSTILE, dismissed }] },
      calls,
    );
    const row = root.querySelector('.dealbreaker')!;
    expect(row.hasAttribute('data-dismissed')).toBe(dismissed);
    expect(row.querySelector('.quote')!.textContent).toBe(`“${HOSTILE}”`);
    expect(root.querySelectorAll('img').length).toBe(0);
    const toggle = row.querySelector('.dealbreaker-toggle') as unknown as HTMLButtonElement;
    expect(toggle.textContent).toBe(button);
    toggle.dispatchEvent(new (toggle.ownerDocument.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }));
    expect(calls).toEqual([call]);
  });

  it('visa statements and the pay line, marked when they rule the posting out', () => {
    const root = view({
      work: [
        { label: 'No visa sponsorship', sentence: 'We cannot sponsor.', blocking: true },
        { label: 'Must be authorized to work in the US', sentence: null, blocking: false },
      ],
      pay: { text: 'AUD 130–160k/yr ≈ USD 85–105k/yr (rates of 2025-06-30); your minimum: USD 150k/yr', belowMinimum: true },
    });
    const rows = Array.from(root.querySelectorAll('.work-statement'));
    expect(rows.map((r) => r.querySelector('.work-label')!.textContent)).toEqual(['No visa sponsorship', 'Must be authorized to work in the US']);
    expect(rows.map((r) => r.hasAttribute('data-blocking'))).toEqual([true, false]);
    expect(rows[0]!.querySelector('.quote')!.textContent).toBe('“We cannot sponsor.”');
    expect(root.querySelector('.pay-line')!.textContent).toContain('≈ USD 85–105k/yr (rates of 2025-06-30)');
    expect(root.querySelector('.pay-line')!.hasAttribute('data-below')).toBe(true);
  });

  it('no sections when there is nothing to say', () => {
    const root = view({});
    expect(root.querySelector('.dealbreakers, .work, .pay')).toBeNull();
  });
});
