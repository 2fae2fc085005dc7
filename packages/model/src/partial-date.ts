import type { DatePrecision } from './enums';

/**
 * A date kept at the precision its source gave: `2024`, `2024-05` or `2024-05-18`.
 * Stored as ISO text so that plain string order is chronological order and a year stays a year.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(value: string): DatePrecision {
  const m = PARTIAL_DATE.exec(value);
  if (!m) throw new Error(`not a partial date: ${value}`);
  if (m[3]) return 'day';
  if (m[2]) return 'month';
  return 'year';
}

export function isValidPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  // Date.UTC rolls 2023-02-30 over into March; comparing back catches impossible days.
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The first and last day a partial date can mean, for range comparisons ("completion before start"). */
export function partialDateBounds(value: string): { start: string; end: string } {
  const precision = precisionOf(value);
  if (precision === 'day') return { start: value, end: value };
  if (precision === 'month') {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${value}-01-01`, end: `${value}-12-31` };
}

/** True when `later` cannot be before `earlier` at the precision both were given. */
export function isNotBefore(earlier: string, later: string): boolean {
  return partialDateBounds(later).end >= partialDateBounds(earlier).start;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Human form that never shows more precision than stored: `2024`, `May 2024`, `18 May 2024`. */
export function formatPartialDate(value: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  if (!mo) return y as string;
  const month = MONTHS[Number(mo) - 1];
  if (!d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
