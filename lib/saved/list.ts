// The saved-postings list: sort, filter and search, as pure functions over plain rows so that they are
// tested without a browser and stay fast for 10,000 postings (sort once per key, filter the sorted rows).
import type { PostingStatus, SavedPosting } from '../db/records';

export type SortKey = 'score' | 'date' | 'company';
export type StatusFilter = PostingStatus | 'all';

/** What the list shows of a posting, with its search text prepared once. */
export interface ListRow {
  id: string;
  url: string;
  title: string | null;
  company: string | null;
  board: string;
  savedAt: number;
  status: PostingStatus;
  note: string;
  /** The score to show: recomputed for the current profile when known, else the stored one. */
  score: number | null;
  /** The fit formula that gave the score (e.g. "fit-2"), null when never scored. */
  formulaVersion: string | null;
  /** Lower-cased title, company, board, note and the skills asked: what the search box matches. */
  haystack: string;
}

/** Folds case and accents so that "munchen" finds "München". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function toRow(p: SavedPosting, score: number | null = p.score, formulaVersion: string | null = p.formulaVersion): ListRow {
  const skills = [...p.record.required, ...p.record.preferred].join(' ');
  return {
    id: p.id,
    url: p.url,
    title: p.title,
    company: p.company,
    board: p.board,
    savedAt: p.savedAt,
    status: p.status,
    note: p.note,
    score,
    formulaVersion,
    haystack: fold([p.title ?? '', p.company ?? '', p.board, p.note, skills].join('\n')),
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Returns a new array. score: best first, unscored last; date: newest first; company: A→Z, no company
 * last. Ties fall back to newest first, then id, so the order is total and stable across reloads. */
export function sortRows(rows: readonly ListRow[], key: SortKey): ListRow[] {
  const tie = (a: ListRow, b: ListRow) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out = rows.slice();
  if (key === 'score') out.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || tie(a, b));
  else if (key === 'date') out.sort(tie);
  else {
    // Compare keys computed once: the collator is the slow part of a 10,000-row sort.
    const keyOf = new Map(out.map((r) => [r.id, r.company?.trim() ?? '']));
    out.sort((a, b) => {
      const ka = keyOf.get(a.id)!;
      const kb = keyOf.get(b.id)!;
      if (!ka || !kb) return (ka ? -1 : kb ? 1 : 0) || tie(a, b);
      return collator.compare(ka, kb) || tie(a, b);
    });
  }
  return out;
}

/** The words of a search: every word must occur (in any field), in any order. */
export function searchWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** Keeps the order of `rows`. */
export function filterRows(rows: readonly ListRow[], status: StatusFilter, query: string): ListRow[] {
  const words = searchWords(query);
  if (status === 'all' && words.length === 0) return rows as ListRow[];
  return rows.filter((r) => (status === 'all' || r.status === status) && words.every((w) => r.haystack.includes(w)));
}

/** How many postings have each status, for the filter's labels. */
export function countByStatus(rows: readonly ListRow[]): Record<StatusFilter, number> {
  const out = { all: rows.length, saved: 0, applied: 0, interviewing: 0, offer: 0, rejected: 0, ghosted: 0 };
  for (const r of rows) out[r.status]++;
  return out;
}
