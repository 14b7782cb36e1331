// An amount of money as people type it: "150k", "150.000", "150 000", "150,000", "1.5M", "55.50", "150.000,50".
// A separator followed by exactly three digits at the end (or repeated) groups thousands; otherwise it is the
// decimal mark. Both marks in one number: the last one is the decimal mark.

const SPACES = /[\s\u00a0\u202f_']/g;
const SHAPE = /^(\d[\d.,]*)(k|m|mn)?$/i;

/** The number typed, or null when it is not an amount. */
export function readAmount(raw: string): number | null {
  const t = raw.trim().replace(SPACES, '');
  const m = SHAPE.exec(t);
  if (!m) return null;
  let digits = m[1]!;
  const unit = (m[2] ?? '').toLowerCase();
  if (/[.,]$/.test(digits) || /[.,]{2}/.test(digits)) return null;
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const group = dec === '.' ? ',' : '.';
    if (digits.indexOf(dec) !== digits.lastIndexOf(dec)) return null; // two decimal marks
    digits = digits.split(group).join('').replace(dec, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = digits.split(sep);
    // "150.000" and "1,234,567" group thousands; "55.5", "1,5k" and "1.500k" carry decimals.
    const grouped = parts.length > 2 || (parts[1]!.length === 3 && !unit);
    if (grouped && !parts.slice(1).every((p) => p.length === 3)) return null;
    digits = grouped ? parts.join('') : `${parts[0]}.${parts[1]}`;
  }
  const n = Number(digits) * (unit === 'k' ? 1e3 : unit ? 1e6 : 1);
  return Number.isFinite(n) ? n : null;
}
