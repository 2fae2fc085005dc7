import { z } from 'zod';
import type { PeriodKind } from './enums';

/**
 * A trade period of one year: `FY`, `H1`/`H2`, `Q1`..`Q4`, a month (`May`), or a span from January
 * (`Jan-Apr`). Parsed into months so that periods of different kinds can be told apart and ordered.
 */
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

export interface ParsedPeriod {
  label: string;
  kind: PeriodKind;
  startMonth: number;
  endMonth: number;
}

export function parsePeriod(raw: string): ParsedPeriod | null {
  const label = raw.trim();
  if (label === 'FY') return { label, kind: 'year', startMonth: 1, endMonth: 12 };
  const half = /^H([12])$/.exec(label);
  if (half) {
    const h = Number(half[1]);
    return { label, kind: 'half', startMonth: h * 6 - 5, endMonth: h * 6 };
  }
  const quarter = /^Q([1-4])$/.exec(label);
  if (quarter) {
    const q = Number(quarter[1]);
    return { label, kind: 'quarter', startMonth: q * 3 - 2, endMonth: q * 3 };
  }
  const month = MONTH_NAMES.indexOf(label as (typeof MONTH_NAMES)[number]);
  if (month >= 0) return { label, kind: 'month', startMonth: month + 1, endMonth: month + 1 };
  const span = /^Jan-([A-Z][a-z]{2})$/.exec(label);
  if (span) {
    const end = MONTH_NAMES.indexOf(span[1] as (typeof MONTH_NAMES)[number]);
    // Jan-Dec is the full year and Jan-Jan is a month: both have a canonical label already.
    if (end >= 1 && end <= 10) return { label, kind: 'ytd', startMonth: 1, endMonth: end + 1 };
  }
  return null;
}

export const periodLabel = z
  .string()
  .trim()
  .refine((v) => parsePeriod(v) !== null, {
    message: 'must be FY, H1, H2, Q1-Q4, a month (Jan..Dec) or a span from January such as Jan-Apr',
  });

export function formatPeriod(year: number, label: string): string {
  return label === 'FY' ? String(year) : `${label} ${year}`;
}
