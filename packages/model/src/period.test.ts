import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from './period';

describe('trade periods', () => {
  it('parses every kind a source uses', () => {
    expect(parsePeriod('FY')).toMatchObject({ kind: 'year', startMonth: 1, endMonth: 12 });
    expect(parsePeriod('H1')).toMatchObject({ kind: 'half', endMonth: 6 });
    expect(parsePeriod('Q3')).toMatchObject({ kind: 'quarter', startMonth: 7, endMonth: 9 });
    expect(parsePeriod('May')).toMatchObject({ kind: 'month', startMonth: 5, endMonth: 5 });
    expect(parsePeriod('Jan-Apr')).toMatchObject({ kind: 'ytd', startMonth: 1, endMonth: 4 });
    expect(parsePeriod('Jan-Nov')).toMatchObject({ kind: 'ytd', endMonth: 11 });
  });

  it('rejects what is not a period', () => {
    for (const bad of ['Jan-Dec', 'Jan-Jan', 'Q5', 'H3', 'Feb-Apr', 'fy', ''])
      expect(parsePeriod(bad)).toBeNull();
  });

  it('formats a full year as the year alone', () => {
    expect(formatPeriod(2024, 'FY')).toBe('2024');
    expect(formatPeriod(2025, 'Jan-May')).toBe('Jan-May 2025');
  });
});
