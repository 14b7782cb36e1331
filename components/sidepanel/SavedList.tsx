// Saved postings: search, filter by status, sort, export, and the windowed list itself.
import { useEffect, useRef } from 'preact/hooks';
import { POSTING_STATUSES } from '../../lib/db/statuses';
import { toCsv, toJson, exportFileName } from '../../lib/saved/export';
import type { SortKey, StatusFilter } from '../../lib/saved/list';
import { downloadText } from '../common/download';
import { useStore } from '../common/useStore';
import { VirtualList } from '../common/VirtualList';
import { countsOf, rowsOf, sortedOf, visibleOf } from './stores/derive';
import type { SavedStore } from './stores/savedStore';
import { ROW_HEIGHT, SavedRow, STATUS_WORDS } from './SavedRow';

const SORTS: { key: SortKey; label: string }[] = [
  { key: 'score', label: 'Best fit' },
  { key: 'date', label: 'Newest' },
  { key: 'company', label: 'Company' },
];

let marked = false;

export function SavedList({ store }: { store: SavedStore }) {
  const s = store.getState();
  const postings = useStore(store, (x) => x.postings);
  const scored = useStore(store, (x) => x.scored);
  const loaded = useStore(store, (x) => x.loaded);
  const complete = useStore(store, (x) => x.complete);
  const total = useStore(store, (x) => x.total);
  const sort = useStore(store, (x) => x.sort);
  const status = useStore(store, (x) => x.status);
  const query = useStore(store, (x) => x.query);
  const undo = useStore(store, (x) => x.undo);
  const message = useStore(store, (x) => x.message);
  const scoring = useStore(store, (x) => x.scoring);
  const undoButton = useRef<HTMLButtonElement>(null);

  const rows = rowsOf(postings, scored);
  const sorted = sortedOf(rows, sort);
  const counts = countsOf(rows);
  const visible = visibleOf(sorted, status, query);

  // Undo is offered for 10 seconds after a delete.
  useEffect(() => {
    if (!undo) return;
    undoButton.current?.focus();
    const t = setTimeout(() => store.getState().dismissUndo(), 10_000);
    return () => clearTimeout(t);
  }, [undo]);

  const exportAs = (kind: 'csv' | 'json') => {
    const byId = new Map(postings.map((p) => [p.id, p]));
    const chosen = visible.map((r) => byId.get(r.id)!).filter(Boolean);
    if (kind === 'csv') downloadText(toCsv(chosen, (p) => scored.get(p.id)?.score ?? p.score), exportFileName('csv'), 'text/csv;charset=utf-8');
    else downloadText(toJson(chosen), exportFileName('json'));
  };

  const filtered = status !== 'all' || query.trim() !== '';
  return (
    <div class="saved" aria-busy={!loaded}>
      <div class="saved-tools">
        <label class="pf-visually-hidden" for="saved-search">
          Search saved postings
        </label>
        <input
          id="saved-search"
          type="search"
          placeholder="Search title, company, skill, note"
          value={query}
          onInput={(e) => s.setQuery(e.currentTarget.value)}
        />
        <div class="pf-row">
          <div class="grow">
            <label class="pf-small" for="saved-status-filter">
              Status
            </label>
            <select id="saved-status-filter" value={status} onChange={(e) => s.setStatusFilter(e.currentTarget.value as StatusFilter)}>
              <option value="all">All ({counts.all})</option>
              {POSTING_STATUSES.map((st) => (
                <option key={st} value={st}>
                  {STATUS_WORDS[st]} ({counts[st]})
                </option>
              ))}
            </select>
          </div>
          <div class="grow">
            <label class="pf-small" for="saved-sort">
              Sort by
            </label>
            <select id="saved-sort" value={sort} onChange={(e) => s.setSort(e.currentTarget.value as SortKey)}>
              {SORTS.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="pf-row saved-summary">
          <span class="grow pf-small pf-muted" role="status">
            {!loaded ? 'Loading…'
              : !complete ? (total == null ? 'Loading saved…' : `Loading ${total.toLocaleString()} saved…`)
              : filtered ? `${visible.length.toLocaleString()} of ${rows.length.toLocaleString()} shown`
              : `${rows.length.toLocaleString()} saved`}
            {scoring ? ' · updating scores…' : ''}
          </span>
          <button type="button" class="pf-small" disabled={!visible.length || !complete} onClick={() => exportAs('csv')} aria-label={`Export ${visible.length} as CSV`}>
            CSV
          </button>
          <button type="button" class="pf-small" disabled={!visible.length || !complete} onClick={() => exportAs('json')} aria-label={`Export ${visible.length} as JSON`}>
            JSON
          </button>
        </div>
      </div>
      {message && (
        <p class="pf-error" role="alert">
          {message}
        </p>
      )}
      {undo && (
        <div class="undo" role="status">
          <span class="grow">
            Deleted “<bdi>{undo.title ?? 'Untitled posting'}</bdi>”.
          </span>
          <button ref={undoButton} type="button" onClick={() => void s.undoRemove()}>
            Undo
          </button>
        </div>
      )}
      <VirtualList
        class="saved-list"
        label="Saved postings"
        items={loaded ? visible : []}
        rowHeight={ROW_HEIGHT}
        overscan={4}
        itemKey={(r) => r.id}
        resetKey={`${sort}|${status}|${query}`}
        onRendered={(n) => {
          if (!marked && loaded && n > 0) {
            marked = true;
            performance.mark('postfit:saved-first-render');
          }
        }}
        empty={
          !loaded ? (
            <div class="saved-skeleton">
              {[0, 1, 2].map((i) => (
                <span key={i} class="pf-skeleton" style={{ height: `${ROW_HEIGHT - 12}px`, marginTop: '12px' }} />
              ))}
            </div>
          ) : (
            <p class="pf-muted saved-empty">
              {rows.length === 0 ? 'No saved postings yet. Save one from its report on the “This page” tab.' : 'No saved posting matches.'}
            </p>
          )
        }
        renderRow={(row) => (
          <SavedRow
            row={row}
            onStatus={(id, st) => void s.setStatus(id, st)}
            onNote={(id, note) => void s.setNote(id, note)}
            onDelete={(id) => void s.remove(id)}
          />
        )}
      />
    </div>
  );
}
