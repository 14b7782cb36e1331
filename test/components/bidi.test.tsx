// Texts from pages and files are isolated where they share a line with Postfit's own words: an unterminated
// right-to-left override (U+202E) in a company name reversed the board name after it in the side panel
// (test-results/hostile-board-report.png, before the fix). Chromium lays out <bdi> as an isolate.
import { describe, expect, it } from 'vitest';
import { Joined } from '../../components/common/Joined';
import { ReportView } from '../../components/sidepanel/ReportView';
import { SavedRow } from '../../components/sidepanel/SavedRow';
import type { TabEvaluation } from '../../lib/tab-evaluation';
import type { FitReport } from '../../lib/fit/types';
import type { ListRow } from '../../lib/saved/list';
import { renderToDom } from './render';

const RLO = '\u202e';
const isolated = (root: Element, text: string) =>
  Array.from(root.querySelectorAll('bdi')).some((b) => b.textContent === text && b.children.length === 0);

describe('bidi isolation of page and file text', () => {
  it('Joined puts each part in its own <bdi>, skipping empty ones', () => {
    const root = renderToDom(<Joined parts={[`Acme ${RLO}yrotcaf`, null, 'remotewlb', '']} />);
    expect(root.textContent).toBe(`Acme ${RLO}yrotcaf · remotewlb`);
    expect(Array.from(root.querySelectorAll('bdi')).map((b) => b.textContent)).toEqual([`Acme ${RLO}yrotcaf`, 'remotewlb']);
  });

  it('the report isolates the company and each evidence sentence', () => {
    const sentence = `Experience with Go ${RLO}<img src=x onerror=1>.`;
    const evaluation = {
      status: 'posting',
      tabId: 1,
      url: 'https://www.remotewlb.com/apply/x',
      board: 'remotewlb',
      record: { title: 'T', company: `Acme ${RLO}yrotcaf`, required: ['Go'], preferred: [] },
    } as unknown as TabEvaluation;
    const report = {
      score: 50, verdict: 'partial', dealbreakers: [], notes: [], adjustments: [], found: 1,
      items: [{ name: 'Go', ids: ['go'], bucket: 'required', status: 'missing', sentence, via: null }],
    } as unknown as FitReport;
    const noop = () => {};
    const root = renderToDom(
      <ReportView evaluation={evaluation} report={report} saved={null} onHighlight={noop} onAddSkill={noop} onSave={noop} onEvaluate={noop} />,
    );
    expect(root.querySelector('.report-sub')!.textContent).toBe(`Acme ${RLO}yrotcaf · remotewlb`);
    expect(isolated(root, `Acme ${RLO}yrotcaf`)).toBe(true);
    expect(isolated(root, 'remotewlb')).toBe(true);
    expect(root.querySelector('.item-sentence')!.textContent).toBe(`“${sentence}”`);
    expect(isolated(root, sentence)).toBe(true);
    expect(root.querySelectorAll('img').length).toBe(0);
  });

  it('a saved row isolates the company and the board from the date', () => {
    const row = { id: 'a', url: 'https://x.test/', title: 'T', company: `${RLO}Evil`, board: `b${RLO}`, savedAt: 0, status: 'saved', note: '', score: 10 } as unknown as ListRow;
    const noop = () => {};
    const root = renderToDom(<SavedRow row={row} onStatus={noop} onNote={noop} onDelete={noop} />);
    expect(isolated(root, `${RLO}Evil`)).toBe(true);
    expect(isolated(root, `b${RLO}`)).toBe(true);
  });
});
