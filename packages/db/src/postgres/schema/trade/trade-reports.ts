import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId, softDelete, timestamps, versioned } from '../columns';

/** Mirrors schema/trade/trade-reports.ts. Money is whole US dollars in `bigint`, never a float. */
export const tradeReports = pgTable(
  'trade_reports',
  {
    id: serialId(),
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    period: text('period').notNull(),
    periodKind: text('period_kind').notNull(),
    periodEndMonth: integer('period_end_month').notNull(),
    reporter: text('reporter').notNull(),
    productCode: text('product_code'),
    totalUsd: bigint('total_usd', { mode: 'number' }),
    chinaExportsUsd: bigint('china_exports_usd', { mode: 'number' }),
    chinaImportsUsd: bigint('china_imports_usd', { mode: 'number' }),
    yoyGrowthBp: integer('yoy_growth_bp'),
    qualifier: text('qualifier').notNull().default('exact'),
    notes: text('notes'),
    preferred: boolean('preferred'),
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
    index('trade_totals_idx')
      .on(t.productCode, t.scope, t.periodKind, t.reporter, t.year)
      .where(sql`product_code IS NULL AND deleted_at IS NULL`),
  ],
);
