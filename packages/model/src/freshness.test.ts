import { describe, expect, test } from 'vitest';
import {
  formatDueDate,
  formatPeriodSpan,
  formatReleasePeriod,
  freshnessOf,
  latestReleased,
  nextPeriodAfter,
  releaseDateOf,
} from './freshness';
import { RELEASE_CALENDAR, type ReleaseRule } from './release-calendar';

const china = RELEASE_CALENDAR.CN as ReleaseRule;
const quarterly: ReleaseRule = { ...china, cadence: 'quarter', monthsAfter: 2, day: 1 };

describe('release dates', () => {
  test("China's customs release a month's cumulative figures on the 20th of the next month", () => {
    expect(releaseDateOf(china, { year: 2026, endMonth: 10 })).toBe('2026-11-20');
    expect(releaseDateOf(china, { year: 2025, endMonth: 12 })).toBe('2026-01-20');
  });

  test('the newest released period depends on whether the release day has passed', () => {
    expect(latestReleased(china, '2026-11-19')).toEqual({ year: 2026, endMonth: 9 });
    expect(latestReleased(china, '2026-11-20')).toEqual({ year: 2026, endMonth: 10 });
    expect(latestReleased(china, '2026-01-05')).toEqual({ year: 2025, endMonth: 11 });
  });

  test('a quarterly publisher only ever releases quarter ends', () => {
    expect(latestReleased(quarterly, '2026-11-26')).toEqual({ year: 2026, endMonth: 9 });
    expect(latestReleased(quarterly, '2026-10-31')).toEqual({ year: 2026, endMonth: 6 });
    expect(nextPeriodAfter(quarterly, { year: 2025, endMonth: 12 })).toEqual({
      year: 2026,
      endMonth: 3,
    });
    expect(nextPeriodAfter(china, { year: 2025, endMonth: 12 })).toEqual({
      year: 2026,
      endMonth: 1,
    });
  });
});

describe('freshness with a fixed clock', () => {
  test('a series holding the newest release is not due', () => {
    expect(freshnessOf(china, { year: 2026, endMonth: 10 }, '2026-11-26')).toEqual({
      expected: { year: 2026, endMonth: 10 },
      dueSince: null,
    });
  });

  test('a series one release behind is due since that release', () => {
    expect(freshnessOf(china, { year: 2026, endMonth: 9 }, '2026-11-26').dueSince).toBe(
      '2026-11-20',
    );
    // The day before the release nothing is due yet.
    expect(freshnessOf(china, { year: 2026, endMonth: 9 }, '2026-11-19').dueSince).toBeNull();
  });

  test('a series several releases behind is due since the first one it misses', () => {
    expect(freshnessOf(china, { year: 2025, endMonth: 12 }, '2026-11-26').dueSince).toBe(
      '2026-02-20',
    );
  });

  test('a series with nothing stored is due since the newest release', () => {
    expect(freshnessOf(china, null, '2026-11-26').dueSince).toBe('2026-11-20');
  });

  test('every rule in the table gives a date and a period for a fixed day', () => {
    for (const rule of Object.values(RELEASE_CALENDAR)) {
      const expected = latestReleased(rule, '2026-11-26');
      expect(releaseDateOf(rule, expected) <= '2026-11-26').toBe(true);
      expect(rule.basis.length).toBeGreaterThan(0);
    }
  });
});

describe('period names', () => {
  test('stored periods name the months they cover', () => {
    expect(formatPeriodSpan(2026, 'Jan-Oct')).toBe('Jan–Oct 2026');
    expect(formatPeriodSpan(2026, 'Oct')).toBe('Oct 2026');
    expect(formatPeriodSpan(2026, 'H1')).toBe('Jan–Jun 2026');
    expect(formatPeriodSpan(2025, 'FY')).toBe('2025');
  });

  test('releases are named as the publisher issues them', () => {
    expect(formatReleasePeriod(china, { year: 2026, endMonth: 10 })).toBe('Jan–Oct 2026');
    expect(formatReleasePeriod(china, { year: 2026, endMonth: 1 })).toBe('Jan 2026');
    expect(formatReleasePeriod(china, { year: 2025, endMonth: 12 })).toBe('2025');
    expect(formatDueDate('2026-11-20')).toBe('20 Nov 2026');
  });
});
