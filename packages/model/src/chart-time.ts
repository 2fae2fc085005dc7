import { precisionOf } from './partial-date';
import type { DatePrecision } from './enums';

/** A partial date on a continuous time axis: the span it can mean and its middle, in fractional years. */
export interface TimeSpan {
  start: number;
  mid: number;
  end: number;
  precision: DatePrecision;
}

const DAY_MS = 86_400_000;

function yearFraction(year: number, month: number, day: number): number {
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month, day) - start) / (next - start);
}

/**
 * `2019` spans the whole year, `2019-05` the month, `2019-05-18` one day. Charts draw the span, so a
 * year-only date is never shown as if it were 1 January or mid-year exactly.
 */
export function timeSpanOf(value: string): TimeSpan {
  const precision = precisionOf(value);
  const [y = 0, m = 1, d = 1] = value.split('-').map(Number);
  if (precision === 'year') return { start: y, mid: y + 0.5, end: y + 1, precision };
  if (precision === 'month') {
    const start = yearFraction(y, m - 1, 1);
    const end = yearFraction(y, m, 1);
    return { start, mid: (start + end) / 2, end, precision };
  }
  const start = yearFraction(y, m - 1, d);
  const end = start + DAY_MS / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
  return { start, mid: start, end, precision };
}

/** Today as a point on the same axis. */
export function timeOfDay(isoDay: string): number {
  return timeSpanOf(isoDay.slice(0, 10)).start;
}
