import { afterEach, describe, expect, test } from 'vitest';
import { COUNTRY_CODES } from '@tianshan/model';
import {
  aCitation,
  aSource,
  createTestDatabase,
  createTradeReport,
  type TestDatabase,
} from '../testing';
import { describeOnEachDatabase } from '../testing/each-database';
import { preferredTradeFigures } from './trade';
import { tradeCoverage } from './trade-coverage';

let t: TestDatabase | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

const TODAY = '2026-11-26';

function emptyDatabase(): TestDatabase {
  t = createTestDatabase({ seed: false });
  return t;
}

function cellAt(
  coverage: Awaited<ReturnType<typeof tradeCoverage>>,
  group: 'china' | 'partner' | 'others',
  country: string,
  year: number,
) {
  const row = coverage.grids
    .find((g) => g.reporterGroup === group)
    ?.rows.find((r) => r.country === country);
  return row?.cells.find((c) => c.year === year);
}

describe('the coverage grid', () => {
  test('shows figures, part-years and gaps, per reporter group, for every year asked', async () => {
    const { db } = emptyDatabase();
    createTradeReport(db, { scope: 'KG', year: 2010, period: 'FY', reporter: 'CN', totalUsd: 4e9 });
    createTradeReport(db, { scope: 'KG', year: 2011, period: 'H1', reporter: 'KG', totalUsd: 1e9 });
    createTradeReport(db, {
      scope: 'KG',
      year: 2011,
      period: 'Jan-Oct',
      reporter: 'KG',
      totalUsd: 2e9,
    });
    createTradeReport(db, {
      scope: 'KG',
      year: 2012,
      period: 'FY',
      reporter: 'EDB',
      totalUsd: 5e9,
    });
    // A product line is not the headline total and must not fill a cell.
    const product = createTradeReport(db, {
      scope: 'KG',
      year: 2013,
      reporter: 'CN',
      totalUsd: 1e6,
    });
    db.$client.prepare("UPDATE trade_reports SET product_code = '27' WHERE id = ?").run(product);

    const coverage = await tradeCoverage(db, {
      countries: ['KG'],
      yearFrom: 2009,
      yearTo: 2013,
      today: TODAY,
    });
    expect(coverage.years).toEqual([2009, 2010, 2011, 2012, 2013]);
    expect(cellAt(coverage, 'china', 'KG', 2010)).toMatchObject({
      status: 'figure',
      totalUsd: 4e9,
      conflictingReports: 0,
    });
    expect(cellAt(coverage, 'china', 'KG', 2009)).toMatchObject({ status: 'gap', totalUsd: null });
    expect(cellAt(coverage, 'china', 'KG', 2013)).toMatchObject({ status: 'gap', totalUsd: null });
    expect(cellAt(coverage, 'partner', 'KG', 2011)).toMatchObject({
      status: 'part-year',
      totalUsd: null,
      partYearPeriod: 'Jan-Oct',
    });
    expect(cellAt(coverage, 'others', 'KG', 2012)).toMatchObject({
      status: 'figure',
      totalUsd: 5e9,
    });
    expect(cellAt(coverage, 'partner', 'KG', 2012)).toMatchObject({ status: 'gap' });
    expect(coverage.grids.find((g) => g.reporterGroup === 'china')?.rows[0]?.yearsWithFigures).toBe(
      1,
    );
  });

  test('counts disagreeing reports and shows the preferred one: exact over approximate, then the newest source', async () => {
    const { db } = emptyDatabase();
    createTradeReport(db, {
      scope: 'TJ',
      year: 2015,
      reporter: 'CN',
      totalUsd: 1.8e9,
      qualifier: 'about',
    });
    createTradeReport(db, { scope: 'TJ', year: 2015, reporter: 'CN', totalUsd: 1.85e9 });
    createTradeReport(db, {
      scope: 'TJ',
      year: 2016,
      reporter: 'CN',
      totalUsd: 1.7e9,
      citations: [aCitation({ newSource: aSource({ publishedOn: '2017-01' }) })],
    });
    createTradeReport(db, {
      scope: 'TJ',
      year: 2016,
      reporter: 'CN',
      totalUsd: 1.75e9,
      citations: [aCitation({ newSource: aSource({ publishedOn: '2018-03' }) })],
    });
    // Two reports of the same number agree: not a conflict.
    createTradeReport(db, { scope: 'TJ', year: 2017, reporter: 'CN', totalUsd: 1.4e9 });
    createTradeReport(db, { scope: 'TJ', year: 2017, reporter: 'CN', totalUsd: 1.4e9 });

    const coverage = await tradeCoverage(db, { countries: ['TJ'], today: TODAY });
    expect(cellAt(coverage, 'china', 'TJ', 2015)).toMatchObject({
      totalUsd: 1.85e9,
      qualifier: 'exact',
      conflictingReports: 2,
    });
    expect(cellAt(coverage, 'china', 'TJ', 2016)).toMatchObject({
      totalUsd: 1.75e9,
      conflictingReports: 2,
    });
    expect(cellAt(coverage, 'china', 'TJ', 2017)).toMatchObject({
      totalUsd: 1.4e9,
      conflictingReports: 0,
    });
  });

  test('runs from 2000 to the current year by default, and a deleted report leaves a gap', async () => {
    const { db } = emptyDatabase();
    const created = createTradeReport(db, {
      scope: 'UZ',
      year: 2020,
      reporter: 'UZ',
      totalUsd: 6e9,
    });
    const coverage = await tradeCoverage(db, { today: TODAY });
    expect(coverage.years[0]).toBe(2000);
    expect(coverage.years.at(-1)).toBe(2026);
    expect(coverage.grids.map((g) => g.rows.length)).toEqual([5, 5, 5]);
    expect(cellAt(coverage, 'partner', 'UZ', 2020)?.status).toBe('figure');
    db.$client
      .prepare('UPDATE trade_reports SET deleted_at = ? WHERE id = ?')
      .run(new Date().toISOString(), created);
    expect(cellAt(await tradeCoverage(db, { today: TODAY }), 'partner', 'UZ', 2020)?.status).toBe(
      'gap',
    );
  });
});

describe('freshness of each series', () => {
  test("knows each series' newest period and whether its publisher has released a newer one", async () => {
    const { db } = emptyDatabase();
    createTradeReport(db, {
      scope: 'KZ',
      year: 2026,
      period: 'Jan-Sep',
      reporter: 'CN',
      totalUsd: 3e10,
    });
    createTradeReport(db, {
      scope: 'KZ',
      year: 2026,
      period: 'Sep',
      reporter: 'CN',
      totalUsd: 3e9,
    });
    createTradeReport(db, {
      scope: 'KG',
      year: 2026,
      period: 'Jan-Oct',
      reporter: 'CN',
      totalUsd: 2e10,
    });
    createTradeReport(db, {
      scope: 'TM',
      year: 2025,
      period: 'FY',
      reporter: 'TM',
      totalUsd: 1e10,
    });

    const { series } = await tradeCoverage(db, { today: TODAY });
    const of = (country: string, group: string) =>
      series.find((s) => s.country === country && s.reporterGroup === group);
    expect(of('KZ', 'china')).toMatchObject({
      publisher: 'CN',
      latest: { year: 2026, endMonth: 9, period: 'Jan-Sep', label: 'Jan–Sep 2026' },
      freshness: { dueSince: '2026-11-20' },
    });
    expect(of('KG', 'china')?.freshness?.dueSince).toBeNull();
    // Turkmenistan publishes no regular series: its figures are known, but nothing is ever due.
    expect(of('TM', 'partner')).toMatchObject({
      latest: { label: '2025' },
      freshness: null,
      publisher: null,
    });
    expect(of('UZ', 'others')).toMatchObject({ latest: null, freshness: null });
  });
});

// Read on both databases: the seeded PostgreSQL database is a copy of a seeded SQLite file.
describeOnEachDatabase(
  'the coverage grid of the starter data',
  (database) => {
    test('with the seeded data every figure is the preferred figure the rest of the site shows', async () => {
      const { db } = database();
      const coverage = await tradeCoverage(db, { today: TODAY });
      const figures = await preferredTradeFigures(db, {
        countries: [...COUNTRY_CODES],
        periodKinds: ['year'],
      });
      const china = coverage.grids.find((g) => g.reporterGroup === 'china');
      let compared = 0;
      for (const row of china?.rows ?? []) {
        for (const cell of row.cells) {
          const figure = figures.find(
            (f) => f.scope === row.country && f.year === cell.year && f.reporter === 'CN',
          );
          expect(cell.status === 'figure').toBe(figure !== undefined);
          if (!figure) continue;
          expect(cell.totalUsd).toBe(figure.totalUsd);
          expect(cell.conflictingReports > 0).toBe(
            new Set(
              [figure, ...figure.alternatives].map((r) => r.totalUsd).filter((v) => v !== null),
            ).size > 1,
          );
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(10);
    });
  },
  { seed: true },
);
