// The dates of an imported work entry ("2019", "2019-03", "2019-03-15" in a JSON Resume; "Jan 2020", "2020" in a
// LinkedIn export) as a month range for coveredMonths. A bare year counts as the CV reader counts it: "2019–2023" is
// four years, and an entry that starts and ends in the same year counts one.
import { spanLabel, type MonthIndex } from './proposal';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MAX_MONTHS = 60 * 12;

/** The month a date names, or null; a date with a month ending an entry counts that whole month. */
export function monthOf(date: string, isEnd: boolean): MonthIndex | null {
  const s = date.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-\d{1,2})?)?$/.exec(s);
  let year: number;
  let month: number | null;
  if (m) {
    year = Number(m[1]);
    month = m[2] ? Number(m[2]) - 1 : null;
  } else if ((m = /^([a-z]{3,9})\.?\s+(\d{4})$/i.exec(s))) {
    month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (month < 0) return null;
    year = Number(m[2]);
  } else if ((m = /^(\d{1,2})\/(\d{4})$/.exec(s))) {
    month = Number(m[1]) - 1;
    year = Number(m[2]);
  } else return null;
  if (year < 1900 || year > 2200 || (month !== null && (month < 0 || month > 11))) return null;
  return month === null ? year * 12 : year * 12 + month + (isEnd ? 1 : 0);
}

export interface EntryRange {
  /** [from, to) in months, for coveredMonths. */
  range: [MonthIndex, MonthIndex];
  /** The label spanLabel gives it: "2019–2023 at Acme" (a bare end year counts as its January, but reads as itself). */
  label: string;
}

/** An entry's months; no end means it runs to now. Null without a readable start or for an absurd range. */
export function entryRange(start: string | null | undefined, end: string | null | undefined, place: string | null, now: Date): EntryRange | null {
  const from = start ? monthOf(start, false) : null;
  if (from === null) return null;
  const nowMonth = now.getFullYear() * 12 + now.getMonth() + 1;
  const to = end?.trim() ? monthOf(end, true) : nowMonth;
  if (to === null || to < from || to - from > MAX_MONTHS) return null;
  if (to === from) return { range: [from, from + 12], label: spanLabel(from, from + 12, place, now) };
  const bareEnd = to % 12 === 0 && !!end?.trim() && /^\d{4}$/.test(end.trim());
  return { range: [from, to], label: spanLabel(from, bareEnd ? to + 1 : to, place, now) };
}
