import { expect, test } from 'vitest';
import type { TradeFilter } from '@tianshan/model';
import type { Db } from '../client';
import { describeOnEachDatabase } from '../testing/each-database';
import type { Database } from './reader/reader';
import {
  countTradeReports,
  listTradeReports,
  preferredTradeFigurePage,
  preferredTradeFigures,
  tradeReportById,
} from './trade';
import {
  aggregateConsistency,
  mirrorStatistics,
  tradeByCountryYear,
  tradeHeadline,
  tradeSeries,
  tradeYearChart,
} from './trade-aggregates';
import { tradeCoverage } from './trade-coverage';

const EVERYTHING = { limit: 1_000_000, offset: 0 };

/** Filters that reach every condition of `tradeWhere` at least once. */
const FILTERS: TradeFilter[] = [
  {},
  { productCode: 'all' },
  { countries: ['KZ', 'UZ'], yearFrom: 2015, yearTo: 2022 },
  { periodKinds: ['year'], reporters: ['CN'] },
  { search: 'customs' },
];

/** Every trade read the pages make, each a function of the database alone. */
const READS: [string, (db: Database) => Promise<unknown>][] = [
  ...FILTERS.flatMap((filter): [string, (db: Database) => Promise<unknown>][] => [
    [`list ${JSON.stringify(filter)}`, (db) => listTradeReports(db, filter, EVERYTHING)],
    [`count ${JSON.stringify(filter)}`, (db) => countTradeReports(db, filter)],
    [`figures ${JSON.stringify(filter)}`, (db) => preferredTradeFigures(db, filter)],
    [`chart ${JSON.stringify(filter)}`, (db) => tradeYearChart(db, filter)],
  ]),
  ['a page', (db) => listTradeReports(db, { countries: ['KG'] }, { limit: 7, offset: 3 })],
  ['a page of figures', (db) => preferredTradeFigurePage(db, {}, { limit: 10, offset: 20 })],
  ['one report', (db) => tradeReportById(db, 1)],
  ['series', (db) => tradeSeries(db, { country: 'KZ' })],
  ['by country and year', (db) => tradeByCountryYear(db, { reporter: 'CN' })],
  ['mirror', (db) => mirrorStatistics(db, 'KZ')],
  ['aggregate check', (db) => aggregateConsistency(db)],
  ['headline', (db) => tradeHeadline(db)],
  ['coverage', (db) => tradeCoverage(db, { today: '2026-11-26' })],
];

function sourceOf(source: Db | null): Db {
  if (!source) throw new Error('the trade reads need the seeded database');
  return source;
}

describeOnEachDatabase(
  'the trade reads',
  (database) => {
    test.each(READS)('%s reads the same rows as the SQLite file it came from', async (_, read) => {
      const { db, source } = database();
      expect(await read(db)).toEqual(await read(sourceOf(source)));
    });

    test('count what the list lists, and pages cut the list without gaps', async () => {
      const { db } = database();
      for (const filter of FILTERS) {
        const all = await listTradeReports(db, filter, EVERYTHING);
        expect(await countTradeReports(db, filter)).toBe(all.length);
      }
      const all = await listTradeReports(db, {}, EVERYTHING);
      const pages = await Promise.all(
        [0, 25, 50].map((offset) => listTradeReports(db, {}, { limit: 25, offset })),
      );
      expect(pages.flat().map((r) => r.id)).toEqual(all.slice(0, 75).map((r) => r.id));
    });

    test('search ignores case and takes % and _ literally', async () => {
      const { db } = database();
      const all = await listTradeReports(db, {}, EVERYTHING);
      const word = all.flatMap((r) => r.notes?.match(/[A-Za-z]{5,}/g) ?? [])[0];
      if (!word) throw new Error('the starter data has no trade notes');
      const lower = await listTradeReports(db, { search: word.toLowerCase() }, EVERYTHING);
      const upper = await listTradeReports(db, { search: word.toUpperCase() }, EVERYTHING);
      expect(lower.length).toBeGreaterThan(0);
      expect(upper.map((r) => r.id)).toEqual(lower.map((r) => r.id));
      expect(await countTradeReports(db, { search: '%_%' })).toBe(
        all.filter((r) => `${r.notes ?? ''}${r.period}`.includes('%_%')).length,
      );
    });

    test('decode flags, money and sources as SQLite does', async () => {
      const { db } = database();
      const figures = await preferredTradeFigures(db, { countries: ['KZ'] });
      const figure = figures.find((f) => f.totalUsd !== null && f.sources.length > 0);
      expect(typeof figure?.totalUsd).toBe('number');
      expect(figure?.sources[0]).toMatchObject({
        id: expect.any(Number),
        title: expect.any(String),
      });
      for (const f of figures) expect([true, false, null]).toContain(f.preferred);
      expect(await tradeReportById(db, 999_999_999)).toBeNull();
    });
  },
  { seed: true },
);
