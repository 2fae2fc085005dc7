import { afterEach, describe, expect, test } from 'vitest';
import {
  aCitation,
  aSource,
  createTestDatabase,
  createTradeReport,
  type TestDatabase,
} from '../testing';
import { preferredTradeFigures } from './trade';
import { tradeCoverage } from './trade-coverage';

let t: TestDatabase | null = null;
afterEach(() => {
  t?.close();
  t = null;
});

/** Two reports of one figure that tie on everything but their sources' grades. */
function tiedReports() {
  t = createTestDatabase({ seed: false });
  const { db } = t;
  const report = (totalUsd: number, grade: 'secondary' | 'official-statistics') =>
    createTradeReport(db, {
      scope: 'TM',
      year: 2019,
      reporter: 'CN',
      totalUsd,
      citations: [aCitation({ newSource: aSource({ publishedOn: '2020-01', grade }) })],
    });
  // The secondary report is the earlier record: today's last tie-break alone would keep it.
  const secondary = report(9.1e9, 'secondary');
  const official = report(9.12e9, 'official-statistics');
  return { db, secondary, official };
}

describe('the preferred report, when reports tie on qualifier and date', () => {
  test('is the one whose source is better graded (official statistics first)', async () => {
    const { db, official } = tiedReports();
    const [figure] = await preferredTradeFigures(db, { countries: ['TM'] });
    expect(figure?.id).toBe(official);
    expect(figure?.preferredBecause).toBe('better-source');
    expect(figure?.sources[0]?.grade).toBe('official-statistics');
  });

  test('is the same in the coverage grid', async () => {
    const { db } = tiedReports();
    const cell = (await tradeCoverage(db, { countries: ['TM'], today: '2026-11-26' })).grids
      .find((g) => g.reporterGroup === 'china')
      ?.rows[0]?.cells.find((c) => c.year === 2019);
    expect(cell?.totalUsd).toBe(9.12e9);
  });

  test('still puts a newer source before a better-graded older one', async () => {
    t = createTestDatabase({ seed: false });
    const { db } = t;
    createTradeReport(db, {
      scope: 'TM',
      year: 2018,
      reporter: 'CN',
      totalUsd: 8e9,
      citations: [
        aCitation({ newSource: aSource({ publishedOn: '2019-01', grade: 'official-statistics' }) }),
      ],
    });
    const newer = createTradeReport(db, {
      scope: 'TM',
      year: 2018,
      reporter: 'CN',
      totalUsd: 8.1e9,
      citations: [aCitation({ newSource: aSource({ publishedOn: '2019-06', grade: 'weak' }) })],
    });
    const [figure] = await preferredTradeFigures(db, { countries: ['TM'] });
    expect(figure?.id).toBe(newer);
    expect(figure?.preferredBecause).toBe('latest-source');
  });
});
