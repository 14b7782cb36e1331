// A CSV table out of an export file, with csv-parse. Exports put notes above the table (LinkedIn starts some files
// with a "Notes:" paragraph), so the table starts at the first row holding every expected column name.
import { parse } from 'csv-parse/browser/esm/sync';

export type CsvTable = { ok: true; rows: Record<string, string>[] } | { ok: false; problem: 'damaged' | 'no-header' };

export function readCsvTable(text: string, columns: readonly string[]): CsvTable {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const key = (s: string) => s.trim().toLowerCase();
  const wanted = columns.map(key);
  const at = records.findIndex((r) => wanted.every((c) => r.some((cell) => key(cell) === c)));
  if (at < 0) return { ok: false, problem: 'no-header' };
  const header = records[at]!.map((h) => h.trim());
  const rows = records.slice(at + 1).map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
  return { ok: true, rows };
}
