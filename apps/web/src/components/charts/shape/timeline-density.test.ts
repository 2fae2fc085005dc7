import { describe, expect, test } from 'vitest';
import { periodLabel, periodRange } from './density-periods';
import { densityBars, densitySegments, densityYears } from './density-segments';
import { densityChart } from './timeline-density';

describe('densityChart', () => {
  test('every quarter between the first and last year is a period, empty ones included', () => {
    const chart = densityChart([
      { period: '2019-Q2', type: 'milestone', kind: 'agreement', count: 2 },
      { period: '2020-Q1', type: 'event', kind: 'summit', count: 1 },
    ]);
    expect(chart).toEqual({
      periods: [
        '2019-Q1',
        '2019-Q2',
        '2019-Q3',
        '2019-Q4',
        '2020-Q1',
        '2020-Q2',
        '2020-Q3',
        '2020-Q4',
      ],
      series: [
        { key: 'milestone:agreement', label: 'Milestone: agreement', colour: '#0072B2' },
        { key: 'event:summit', label: 'Event: summit', colour: '#332288' },
      ],
      counts: [
        [0, 2, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 1, 0, 0, 0],
      ],
    });
  });

  test('year-only entries get their own period before the year’s quarters, never spread', () => {
    const chart = densityChart([
      { period: '2019', type: 'milestone', kind: 'other', count: 3 },
      { period: '2019-Q4', type: 'milestone', kind: 'other', count: 1 },
    ]);
    expect(chart.periods).toEqual(['2019', '2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4']);
    expect(chart.counts).toEqual([[3, 0, 0, 0, 1]]);
    expect(densitySegments(chart).map((s) => [s.period, s.count])).toEqual([
      ['2019', 3],
      ['2019-Q4', 1],
    ]);
  });

  test('one series per type and kind, milestones before events; agreements of each kept apart', () => {
    const chart = densityChart([
      { period: '2021-Q1', type: 'event', kind: 'agreement', count: 1 },
      { period: '2021-Q1', type: 'milestone', kind: 'agreement', count: 4 },
    ]);
    expect(chart.series.map((s) => s.key)).toEqual(['milestone:agreement', 'event:agreement']);
    expect(chart.series[0]?.colour).not.toBe(chart.series[1]?.colour);
    expect(densitySegments(chart)).toHaveLength(2);
  });

  test('nothing to draw gives no periods', () => {
    expect(densityChart([])).toEqual({ periods: [], series: [], counts: [] });
  });
});

describe('what the browser works out from the counts', () => {
  test('a period’s label and list filter: a quarter’s three months, or the year alone', () => {
    expect(periodLabel('2019-Q2')).toBe('Q2 2019');
    expect(periodRange('2019-Q2')).toEqual({ from: '2019-04', to: '2019-06' });
    expect(periodRange('2019-Q4')).toEqual({ from: '2019-10', to: '2019-12' });
    expect(periodLabel('2019')).toBe('2019 (year only)');
    expect(periodRange('2019')).toEqual({ from: '2019', to: '2019' });
  });

  test('a bar per period with each series’ count under its key, zero where it has none', () => {
    const chart = densityChart([
      { period: '2019-Q2', type: 'milestone', kind: 'agreement', count: 2 },
      { period: '2019-Q3', type: 'event', kind: 'summit', count: 1 },
    ]);
    expect(densityBars(chart)).toEqual([
      { period: '2019-Q1', 'milestone:agreement': 0, 'event:summit': 0 },
      { period: '2019-Q2', 'milestone:agreement': 2, 'event:summit': 0 },
      { period: '2019-Q3', 'milestone:agreement': 0, 'event:summit': 1 },
      { period: '2019-Q4', 'milestone:agreement': 0, 'event:summit': 0 },
    ]);
  });

  test('segments come in the order of the rows (and of the download): period, then type and kind', () => {
    const rows = [
      { period: '2019', type: 'milestone', kind: 'other', count: 1 },
      { period: '2019-Q1', type: 'event', kind: 'summit', count: 2 },
      { period: '2019-Q1', type: 'milestone', kind: 'agreement', count: 3 },
      { period: '2019-Q1', type: 'milestone', kind: 'construction-start', count: 4 },
      { period: '2020-Q3', type: 'event', kind: 'state-visit', count: 5 },
    ] as const;
    expect(densitySegments(densityChart([...rows]))).toEqual(
      rows.map((r) => ({ period: r.period, series: `${r.type}:${r.kind}`, count: r.count })),
    );
  });

  test('the yearly rows sum a year’s own bar and its quarters per kind, in the same order', () => {
    const segments = densitySegments(
      densityChart([
        { period: '2019', type: 'milestone', kind: 'other', count: 1 },
        { period: '2019-Q1', type: 'milestone', kind: 'other', count: 2 },
        { period: '2019-Q4', type: 'event', kind: 'summit', count: 3 },
        { period: '2019-Q4', type: 'milestone', kind: 'other', count: 4 },
        { period: '2020-Q3', type: 'event', kind: 'summit', count: 5 },
      ]),
    );
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
