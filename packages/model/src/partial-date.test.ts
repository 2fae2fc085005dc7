import { describe, expect, it } from 'vitest';
import { formatPartialDate, isNotBefore, isValidPartialDate, precisionOf } from './partial-date';
import { partialDate } from './partial-date-schema';

describe('partial dates', () => {
  it('accepts real dates at any precision and rejects impossible ones', () => {
    expect(['2024', '2024-02', '2024-02-29', '1992-01'].every(isValidPartialDate)).toBe(true);
    expect(
      ['2023-02-29', '2023-02-30', '2024-13', '24-01-01', '2024/01/01', '', 'c.2013'].some(
        isValidPartialDate,
      ),
    ).toBe(false);
    expect(partialDate.safeParse('2023-02-30').success).toBe(false);
  });

  it('knows its precision and never shows more than it has', () => {
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2024-05')).toBe('month');
    expect(precisionOf('2024-05-18')).toBe('day');
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-05')).toBe('May 2024');
    expect(formatPartialDate('2024-05-08')).toBe('8 May 2024');
  });

  it('compares dates of different precision by what they can mean', () => {
    expect(isNotBefore('2024', '2024-05')).toBe(true);
    expect(isNotBefore('2024-05-31', '2024-05')).toBe(true);
    expect(isNotBefore('2024-06', '2024-05')).toBe(false);
    expect(isNotBefore('2025', '2024-12-31')).toBe(false);
  });
});
