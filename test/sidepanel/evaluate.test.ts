// "Evaluate this page" in the side panel says what happened: a posting, a page read without one, a page Postfit
// may not read (and how to let it), a page no extension may read, or no answer. The report store over a fake bus.
import { describe, expect, it } from 'vitest';
import type { PanelBus } from '../../components/sidepanel/bus';
import {
  evaluateMessage, NO_ANSWER, NONE_IN_SELECTION, NONE_ON_PAGE, NOT_ALLOWED_PAGE, NOT_ALLOWED_SELECTION, RESTRICTED,
} from '../../components/sidepanel/stores/evaluate-message';
import { createReportStore } from '../../components/sidepanel/stores/reportStore';
import type { EvaluateAnswer, TabEvaluation } from '../../lib/tab-evaluation';

function storeWith(answer: EvaluateAnswer | null, after: TabEvaluation) {
  const calls: string[] = [];
  const bus: PanelBus = {
    activeTabId: async () => 4,
    getReport: async () => (calls.push('report:get'), after),
    send: async () => {},
    evaluate: async (tabId, what) => (calls.push(`evaluate ${tabId} ${what}`), answer),
    onTabChange: () => () => {},
  };
  const store = createReportStore(bus, () => Promise.reject(new Error('no database in this test')));
  store.setState({ tabId: 4, evaluation: { status: 'unknown', tabId: 4 } });
  return { store, calls };
}

describe('the side panel after "Evaluate this page"', () => {
  it('a page Postfit may not read: says exactly what lets it, never "no requirements"', async () => {
    const { store, calls } = storeWith({ status: 'unreadable', tabId: 4, reason: 'no-access' }, { status: 'unknown', tabId: 4 });
    await store.getState().evaluate('page');
    expect(store.getState().message).toBe(NOT_ALLOWED_PAGE);
    expect(store.getState().message).toMatch(/Right-click the page and choose “Evaluate this page with Postfit”, or press Alt\+Shift\+F/);
    expect(store.getState().message).not.toMatch(/No job requirements/);
    expect(store.getState().evaluating).toBeNull();
    expect(calls).toEqual(['evaluate 4 page']); // the tab's state did not change: nothing to fetch
  });

  it('a page no extension may read', async () => {
    const { store } = storeWith({ status: 'unreadable', tabId: 4, reason: 'restricted' }, { status: 'unknown', tabId: 4 });
    await store.getState().evaluate('page');
    expect(store.getState().message).toBe(RESTRICTED);
  });

  it('a page that was read and holds no posting', async () => {
    const read: TabEvaluation = { status: 'not-posting', tabId: 4, url: 'https://example.com/blog' };
    const { store, calls } = storeWith(read, read);
    await store.getState().evaluate('page');
    expect(store.getState().message).toBe(NONE_ON_PAGE);
    expect(store.getState().evaluation).toEqual(read);
    expect(calls).toEqual(['evaluate 4 page', 'report:get']);
  });

  it('no answer at all (the background was restarting) is not "no requirements" either', async () => {
    const { store } = storeWith(null, { status: 'unknown', tabId: 4 });
    await store.getState().evaluate('page');
    expect(store.getState().message).toBe(NO_ANSWER);
  });
});

describe('evaluateMessage', () => {
  it('for the selected text', () => {
    expect(evaluateMessage({ status: 'unreadable', tabId: 1, reason: 'no-access' }, 'selection')).toBe(NOT_ALLOWED_SELECTION);
    expect(evaluateMessage({ status: 'unknown', tabId: 1 }, 'selection')).toBe(NONE_IN_SELECTION);
    expect(evaluateMessage({ status: 'not-posting', tabId: 1, url: 'https://a.example/' }, 'selection')).toBe(NONE_IN_SELECTION);
  });
  it('"No job requirements found" only for a page that was read', () => {
    const answers: (EvaluateAnswer | null)[] = [null, { status: 'unknown', tabId: 1 }, { status: 'unreadable', tabId: 1, reason: 'no-access' }, { status: 'unreadable', tabId: 1, reason: 'restricted' }];
    for (const a of answers) expect(evaluateMessage(a, 'page')).not.toMatch(/No job requirements/);
    expect(evaluateMessage({ status: 'not-posting', tabId: 1, url: 'https://a.example/' }, 'page')).toBe(NONE_ON_PAGE);
  });
});
