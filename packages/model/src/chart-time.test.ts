import { describe, expect, test } from 'vitest';
import { timeOfDay, timeSpanOf } from './chart-time';
import { investmentChartGroup } from './investment-chart-groups';

describe('timeSpanOf', () => {
  test('a year-only date spans the whole year', () => {
    expect(timeSpanOf('2019')).toEqual({ start: 2019, mid: 2019.5, end: 2020, precision: 'year' });
  });

  test('a month spans that month only', () => {
    const may = timeSpanOf('2024-05');
    expect(may.precision).toBe('month');
    expect(may.start).toBeGreaterThan(2024.3);
    expect(may.end).toBeLessThan(2024.42);
    expect(timeSpanOf('2024-12').end).toBe(2025);
  });

  test('a day is a point, and days keep their order', () => {
    const d = timeSpanOf('2024-05-18');
    expect(d.precision).toBe('day');
    expect(d.mid).toBe(d.start);
    expect(timeOfDay('2024-05-19T10:00:00Z')).toBeGreaterThan(d.start);
    expect(timeSpanOf('2024-01-01').start).toBe(2024);
  });
});

describe('investmentChartGroup', () => {
  test('figures of different kinds never share a group', () => {
    const stock = investmentChartGroup({ metricKind: 'fdi-stock', coverage: 'china-country' });
    const flow = investmentChartGroup({ metricKind: 'fdi-flow', coverage: 'china-country' });
    expect(stock.key).not.toBe(flow.key);
    expect(stock.label).toBe('FDI stock — China into the whole country');
    expect(stock.order).toBeLessThan(flow.order);
  });

  test('the same kind with a different coverage is another group: all origins never beside China', () => {
    const china = investmentChartGroup({ metricKind: 'fdi-flow', coverage: 'china-country' });
    const all = investmentChartGroup({ metricKind: 'fdi-flow', coverage: 'all-origins' });
    expect(china.key).not.toBe(all.key);
    expect(all.label).toBe('FDI flow — All origins into a country or sector');
    // A figure whose coverage was never worked out is charted with the "other" ones, not with China's.
    expect(investmentChartGroup({ metricKind: 'fdi-flow', coverage: null }).key).toBe(
      'fdi-flow:other',
    );
  });

  test('an unknown kind gets its own group after the known ones', () => {
    const g = investmentChartGroup({ metricKind: 'royalties', coverage: 'other' });
    expect(g).toMatchObject({ key: 'royalties:other', metricKind: 'royalties' });
    expect(g.order).toBeGreaterThan(
      investmentChartGroup({ metricKind: 'other', coverage: 'other' }).order,
    );
  });
});
