import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps, versioned } from '../columns';

/**
 * One reported bilateral goods-trade figure. Several reports of the same scope/year/period/reporter may
 * exist (two outlets, two numbers): all are kept, and the API chooses a preferred one per key.
 */
export const tradeReports = sqliteTable(
  'trade_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** KZ, KG, TJ, TM, UZ, or C5 for the five together (never summed with the country rows). */
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    /** FY, H1, Q1, May, Jan-Apr … */
    period: text('period').notNull(),
    periodKind: text('period_kind').notNull(),
    periodEndMonth: integer('period_end_month').notNull(),
    reporter: text('reporter').notNull(),
    /** HS product code for detailed national statistics; null means all goods (the headline total). */
    productCode: text('product_code'),
    totalUsd: integer('total_usd'),
    chinaExportsUsd: integer('china_exports_usd'),
    chinaImportsUsd: integer('china_imports_usd'),
    yoyGrowthBp: integer('yoy_growth_bp'),
    qualifier: text('qualifier').notNull().default('exact'),
    notes: text('notes'),
    /** An admin's explicit choice among several reports of one figure; null means "no choice made". */
    preferred: integer('preferred', { mode: 'boolean' }),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    index('trade_key_idx').on(t.scope, t.year, t.period, t.reporter, t.productCode),
    index('trade_year_idx').on(t.year, t.periodKind, t.scope),
    index('trade_reporter_idx').on(t.reporter, t.year),
    // One product's reports (the explorer's product filter): without it PostgreSQL, which has no skip-scan,
    // read all 1,000,000 rows for a page of 100 (554 ms), and SQLite skip-scanned trade_key_idx.
    index('trade_product_idx')
      .on(t.productCode)
      .where(sql`product_code IS NOT NULL AND deleted_at IS NULL`),
    // The all-goods figures every page shows are a few thousand rows among millions of product rows: a
    // partial index holds just them, so a headline read never walks the product rows. It leads with the
    // always-null product code so that `product_code IS NULL` is an equality on it: SQLite keeps no
    // statistics for an empty index, and without that its planner preferred a skip-scan of trade_key_idx
    // through every product row (20 ms at 1,000,000 rows, against 0.2 ms here).
    index('trade_totals_idx')
      .on(t.productCode, t.scope, t.periodKind, t.reporter, t.year)
      .where(sql`product_code IS NULL AND deleted_at IS NULL`),
  ],
);
