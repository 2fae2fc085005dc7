import { describe, expect, test } from 'vitest';
import { investmentPanels } from './investment-panels';

type Point = Parameters<typeof investmentPanels>[0][number];

let nextId = 1;
function aPoint(overrides: Partial<Point> = {}): Point {
  return {
    id: nextId++,
    scope: 'KZ',
    metricKind: 'fdi-stock',
    coverage: 'china-country',
    metricLabel: 'China FDI stock',
    asOf: '2020-12-31',
    asOfLabel: null,
    amountUsd: 1_000_000_000,
    count: null,
    qualifier: 'exact',
    sources: [{ id: 7, title: 'MOFCOM bulletin', publisher: null }],
    ...overrides,
  };
}

describe('investmentPanels', () => {
  test('one panel per kind, in the kinds’ order, never summed', () => {
    const panels = investmentPanels([
      aPoint({ metricKind: 'fdi-flow', amountUsd: 5e8 }),
      aPoint({ amountUsd: 2e9 }),
      aPoint({ amountUsd: 3e9, scope: 'UZ' }),
    ]);
    expect(panels.map((p) => p.key)).toEqual([
      'fdi-stock:china-country:usd',
      'fdi-flow:china-country:usd',
    ]);
    expect(panels[0]?.marks.map((m) => m.y)).toEqual([2e9, 3e9]);
    expect(panels[0]?.yMax).toBe(3e9);
    expect(panels[0]?.scopes).toEqual(['KZ', 'UZ']);
  });

  test('conflicting figures for the same date are all kept', () => {
    const panels = investmentPanels([
      aPoint({ amountUsd: 2e9 }),
      aPoint({ amountUsd: 2.4e9, sources: [{ id: 8, title: 'Other', publisher: null }] }),
    ]);
    expect(panels).toHaveLength(1);
    expect(panels[0]?.marks).toHaveLength(2);
    expect(panels[0]?.marks.map((m) => m.source?.id)).toEqual([7, 8]);
  });

  test('amounts and counts of the same kind go on different axes', () => {
    const panels = investmentPanels([aPoint(), aPoint({ amountUsd: null, count: 40 })]);
    expect(panels.map((p) => [p.key, p.unit])).toEqual([
      ['fdi-stock:china-country:usd', 'usd'],
      ['fdi-stock:china-country:count', 'count'],
    ]);
  });

  test('a bound keeps its wording and a year-only date spans its year', () => {
    const [panel] = investmentPanels([
      aPoint({ qualifier: 'more-than', asOf: '2021', amountUsd: 14e9 }),
    ]);
    const mark = panel?.marks[0];
    expect(mark?.valueLabel).toBe('more than $14 bn');
    expect([mark?.xStart, mark?.xEnd]).toEqual([2021, 2022]);
    expect(mark?.dateLabel).toBe('2021');
    expect(panel?.xDomain).toEqual([2021, 2022]);
  });

  test('the source’s own date wording is the label', () => {
    const [panel] = investmentPanels([aPoint({ asOf: '2019', asOfLabel: '2005-2019' })]);
    expect(panel?.marks[0]?.dateLabel).toBe('2005-2019');
  });

  test('a figure with neither amount nor count is not drawn', () => {
    expect(investmentPanels([aPoint({ amountUsd: null })])).toEqual([]);
  });
});
