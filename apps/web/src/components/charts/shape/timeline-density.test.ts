import { describe, expect, test } from 'vitest';
import { densitySegments, densityYears } from './density-segments';
import { densityChart } from './timeline-density';

describe('densityChart', () => {
  test('every quarter between the first and last year is a bar, empty ones included', () => {
    const { bars } = densityChart([
      { period: '2019-Q2', type: 'milestone', kind: 'agreement', count: 2 },
      { period: '2020-Q1', type: 'event', kind: 'summit', count: 1 },
    ]);
    expect(bars.map((b) => b.period)).toEqual([
      '2019-Q1',
      '2019-Q2',
      '2019-Q3',
      '2019-Q4',
      '2020-Q1',
      '2020-Q2',
      '2020-Q3',
      '2020-Q4',
    ]);
    expect(bars[1]).toMatchObject({ from: '2019-04', to: '2019-06', total: 2 });
    expect(bars[4]?.['event:summit']).toBe(1);
  });

  test('year-only entries get their own bar before the year’s quarters, never spread', () => {
    const { bars, series } = densityChart([
      { period: '2019', type: 'milestone', kind: 'other', count: 3 },
      { period: '2019-Q4', type: 'milestone', kind: 'other', count: 1 },
    ]);
    const segments = densitySegments(bars, series);
    expect(bars[0]).toMatchObject({
      period: '2019',
      label: '2019 (year only)',
      from: '2019',
      to: '2019',
      yearOnly: true,
      total: 3,
    });
    expect(bars.filter((b) => !b.yearOnly).every((b) => b.total <= 1)).toBe(true);
    expect(segments.map((s) => [s.period, s.count])).toEqual([
      ['2019', 3],
      ['2019-Q4', 1],
    ]);
  });

  test('one series per type and kind, milestones before events; agreements of each kept apart', () => {
    const { bars, series } = densityChart([
      { period: '2021-Q1', type: 'event', kind: 'agreement', count: 1 },
      { period: '2021-Q1', type: 'milestone', kind: 'agreement', count: 4 },
    ]);
    expect(series.map((s) => s.key)).toEqual(['milestone:agreement', 'event:agreement']);
    expect(series[0]?.colour).not.toBe(series[1]?.colour);
    expect(densitySegments(bars, series)).toHaveLength(2);
  });

  test('nothing to draw gives no bars', () => {
    expect(densityChart([])).toEqual({ bars: [], series: [] });
  });

  test('segments come in the order of the rows (and of the download): period, then type and kind', () => {
    const rows = [
      { period: '2019', type: 'milestone', kind: 'other', count: 1 },
      { period: '2019-Q1', type: 'event', kind: 'summit', count: 2 },
      { period: '2019-Q1', type: 'milestone', kind: 'agreement', count: 3 },
      { period: '2019-Q1', type: 'milestone', kind: 'construction-start', count: 4 },
      { period: '2020-Q3', type: 'event', kind: 'state-visit', count: 5 },
    ] as const;
    const { bars, series } = densityChart([...rows]);
    expect(densitySegments(bars, series)).toEqual(
      rows.map((r) => ({ period: r.period, series: `${r.type}:${r.kind}`, count: r.count })),
    );
  });

  test('the yearly rows sum a year’s own bar and its quarters per kind, in the same order', () => {
    const { bars, series } = densityChart([
      { period: '2019', type: 'milestone', kind: 'other', count: 1 },
      { period: '2019-Q1', type: 'milestone', kind: 'other', count: 2 },
      { period: '2019-Q4', type: 'event', kind: 'summit', count: 3 },
      { period: '2019-Q4', type: 'milestone', kind: 'other', count: 4 },
      { period: '2020-Q3', type: 'event', kind: 'summit', count: 5 },
    ]);
    const segments = densitySegments(bars, series);
    const years = densityYears(segments);
    expect(years).toEqual([
      { period: '2019', series: 'event:summit', count: 3 },
      { period: '2019', series: 'milestone:other', count: 7 },
      { period: '2020', series: 'event:summit', count: 5 },
    ]);
    const total = (list: { count: number }[]) => list.reduce((a, s) => a + s.count, 0);
    expect(total(years)).toBe(total(segments));
  });
});
