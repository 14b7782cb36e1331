// What the saved list and the learn-next chart show, derived from the store's state. Each step is cached
// on its inputs, so a search keystroke only filters (the rows and their sort are reused).
import type { SavedPosting } from '../../../lib/db/index';
import { countByStatus, filterRows, sortRows, toRow, type ListRow, type SortKey, type StatusFilter } from '../../../lib/saved/list';
import { learnNext, type LearnEntry } from '../../../lib/saved/learn';
import type { Rescored } from '../../../lib/saved/rescore';

function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}

export const rowsOf = memo((postings: SavedPosting[], scored: ReadonlyMap<string, Rescored>): ListRow[] =>
  postings.map((p) => toRow(p, scored.get(p.id)?.score ?? p.score, scored.get(p.id)?.formulaVersion ?? p.formulaVersion)),
);
export const sortedOf = memo((rows: ListRow[], sort: SortKey) => sortRows(rows, sort));
export const countsOf = memo((rows: ListRow[]) => countByStatus(rows));
export const visibleOf = memo((sorted: ListRow[], status: StatusFilter, query: string) => filterRows(sorted, status, query));

export const learnOf = memo((postings: SavedPosting[], scored: ReadonlyMap<string, Rescored>): LearnEntry[] =>
  learnNext(
    postings.flatMap((p) => {
      const s = scored.get(p.id);
      return s ? [{ id: p.id, title: p.title, company: p.company, score: s.score, missing: s.missing }] : [];
    }),
  ),
);
