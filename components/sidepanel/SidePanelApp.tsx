// The side panel: the report for the page in the active tab, the saved postings, and what to learn next.
// ?tabId=N pins the panel to one tab (tests, Firefox's sidebar opened for a tab); ?view=saved|learn opens
// that tab first. The caller starts the saved store (before the first render, so the database opens while the
// page renders); the report store is loaded and started here, at once on the report tab, else once the saved
// list has something to show.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../common/useStore';
import { LearnNext } from './LearnNext';
import { ReportSkeleton, ReportView } from './ReportView';
import { SavedList } from './SavedList';
import { Tabs } from './Tabs';
import type { ReportStore } from './stores/reportStore';
import type { SavedStore } from './stores/savedStore';

export type View = 'report' | 'saved' | 'learn';

export interface PanelParams {
  tabId: number | null;
  view: View;
}

export function readParams(search: string): PanelParams {
  const q = new URLSearchParams(search);
  const raw = q.get('tabId');
  const n = raw != null && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
  const v = q.get('view');
  return { tabId: n, view: v === 'saved' || v === 'learn' ? v : 'report' };
}

function ReportPanel({ store, onShowSaved }: { store: ReportStore; onShowSaved(): void }) {
  const s = store.getState();
  const evaluation = useStore(store, (x) => x.evaluation);
  const report = useStore(store, (x) => x.report);
  const saved = useStore(store, (x) => x.saved);
  const saving = useStore(store, (x) => x.saving);
  const evaluating = useStore(store, (x) => x.evaluating);
  const message = useStore(store, (x) => x.message);
  return (
    <ReportView
      evaluation={evaluation}
      report={report}
      saved={saved}
      saving={saving}
      evaluating={evaluating}
      message={message}
      onHighlight={(sentence) => void s.highlight(sentence)}
      onAddSkill={(id, name) => void s.addSkill(id, name)}
      onDismissDealbreaker={(key, on) => void s.dismissDealbreaker(key, on)}
      onSave={() => void s.save()}
      onEvaluate={(what) => void s.evaluate(what)}
      onShowSaved={onShowSaved}
    />
  );
}

export function SidePanelApp({ loadReport, savedStore, params }: { loadReport(): Promise<ReportStore>; savedStore: SavedStore; params: PanelParams }) {
  const [view, setView] = useState<View>(params.view);
  const [reportStore, setReportStore] = useState<ReportStore | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const count = useStore(savedStore, (x) => x.total);
  const loaded = useStore(savedStore, (x) => x.loaded);
  const wantReport = useRef(false);
  wantReport.current ||= view === 'report' || loaded;
  useEffect(() => {
    if (!wantReport.current) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    loadReport().then(
      (store) => {
        if (cancelled) return;
        stop = store.getState().start(params.tabId);
        setReportStore(store);
      },
      (e: unknown) => !cancelled && setReportError(`Could not load the report: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [wantReport.current]);

  return (
    <main class="panel pf-root">
      <header class="panel-header">
        <h1>Postfit</h1>
        <Tabs<View>
          label="Views"
          active={view}
          onChange={setView}
          tabs={[
            { key: 'report', label: 'This page' },
            { key: 'saved', label: loaded && count != null ? `Saved (${count})` : 'Saved' },
            { key: 'learn', label: 'Learn next' },
          ]}
        />
      </header>
      <div class="panel-body" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`} data-view={view}>
        {view === 'report' &&
          (reportStore ? <ReportPanel store={reportStore} onShowSaved={() => setView('saved')} />
          : reportError ? <p class="pf-error" role="alert">{reportError}</p>
          : <ReportSkeleton />)}
        {view === 'saved' && <SavedList store={savedStore} />}
        {view === 'learn' && <LearnNext store={savedStore} />}
      </div>
    </main>
  );
}
