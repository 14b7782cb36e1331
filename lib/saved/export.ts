// Export of the saved postings: CSV for spreadsheets, JSON for everything. Cells are written so that a
// spreadsheet shows them as text: quotes, commas and line breaks are quoted, and a cell that a spreadsheet
// would run as a formula (= + - @, or a leading tab / carriage return) gets a leading apostrophe.
import type { SavedPosting } from '../db/records';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value == null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  'title', 'company', 'board', 'url', 'saved', 'status', 'score', 'formula', 'note', 'required', 'preferred',
] as const;

/** Score as shown in the list (recomputed when known). */
export function toCsv(postings: readonly SavedPosting[], scoreOf: (p: SavedPosting) => number | null = (p) => p.score): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of postings) {
    lines.push(
      [
        p.title, p.company, p.board, p.url, new Date(p.savedAt).toISOString().slice(0, 10), p.status, scoreOf(p),
        p.formulaVersion, p.note, p.record.required.join('; '), p.record.preferred.join('; '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // CRLF (RFC 4180) and a BOM so that spreadsheet programs read UTF-8 names correctly.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function toJson(postings: readonly SavedPosting[], now = Date.now()): string {
  return JSON.stringify({ format: 'postfit-saved-postings', exportedAt: now, postings }, null, 2);
}

export function exportFileName(kind: 'csv' | 'json', now = Date.now()): string {
  return `postfit-saved-${new Date(now).toISOString().slice(0, 10)}.${kind}`;
}
