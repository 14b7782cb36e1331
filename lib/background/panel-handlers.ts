// The extension pages' messages (side panel, popup): a tab's report, evaluating a tab on demand, saving the tab's
// posting, highlighting a sentence on the tab's page. The router has already checked that each comes from one of
// the extension's own pages.
import type { BackgroundDeps } from './deps';
import type { Evaluator } from './evaluator';
import type { Handlers } from './router';
import { unknownTab, type TabStore } from './tab-store';

type PanelHandlers = Pick<Handlers, 'report:get' | 'tab:evaluate' | 'posting:save' | 'page:highlight'>;

export type SaveAnswer = { ok: true; id: string; created: boolean } | { ok: false; error: string };

/** Saves the posting a tab shows, with its score (the posting:save message). */
export async function saveTabPosting(deps: BackgroundDeps, store: TabStore, tabId: number): Promise<SaveAnswer> {
  const entry = await store.get(tabId);
  const ev = entry?.evaluation;
  if (!ev || ev.status !== 'posting') return { ok: false, error: 'This tab shows no posting to save.' };
  try {
    const saved = await deps.savePosting({
      url: ev.url,
      board: ev.board ?? (entry?.source === 'selection' ? 'selection' : 'other'),
      title: ev.record.title,
      company: ev.record.company,
      record: ev.record,
      text: ev.text,
      score: ev.report?.score ?? null,
      formulaVersion: ev.report?.formulaVersion ?? null,
    });
    return { ok: true, id: saved.id, created: saved.created };
  } catch (err) {
    return { ok: false, error: String((err as Error)?.message ?? err) };
  }
}

export function createPanelHandlers(deps: BackgroundDeps, ev: Evaluator, store: TabStore): PanelHandlers {
  return {
    'report:get': async ({ tabId }) => {
      const entry = await store.get(tabId);
      if (!entry) return unknownTab(tabId);
      return (await ev.refresh(tabId, entry, await ev.profileOrNull())).evaluation;
    },

    'tab:evaluate': ({ tabId, what }) => (what === 'selection' ? ev.evaluateSelection(tabId) : ev.evaluateTabPage(tabId)),

    'posting:save': ({ tabId }) => saveTabPosting(deps, store, tabId),

    'page:highlight': async ({ tabId, sentence }) => {
      try {
        await deps.sendToTab(tabId, { type: 'highlight', sentence });
        return { ok: true };
      } catch {
        return { ok: false };
      }
    },
  };
}
