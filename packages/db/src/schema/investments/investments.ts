import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { InvestmentCoverage } from '@tianshan/model';
import { softDelete, timestamps, versioned } from '../columns';

/** A reported investment figure. Different metric kinds measure different things and are never added. */
export const investments = sqliteTable(
  'investments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    /** Partial ISO date (precision kept). */
    asOf: text('as_of').notNull(),
    /** The source's own wording when it is a span or not a plain date: `2005-2019`, `2023-H1`. */
    asOfLabel: text('as_of_label'),
    metricKind: text('metric_kind').notNull(),
    metricLabel: text('metric_label').notNull(),
    /**
     * What the figure covers (China into a country, into a sector, all origins, other). Null only in a
     * database migrated from before the column, until `migrateDatabase` fills it from the wording.
     */
    coverage: text('coverage').$type<InvestmentCoverage>(),
    sector: text('sector'),
    investor: text('investor'),
    reporterBasis: text('reporter_basis'),
    amountUsd: integer('amount_usd'),
    /** Exact decimal text in the original currency, when the source gives one. */
    amountOriginal: text('amount_original'),
    currency: text('currency'),
    count: integer('count'),
    qualifier: text('qualifier').notNull().default('exact'),
    notes: text('notes'),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [
    index('investments_scope_idx').on(t.scope, t.metricKind, t.year),
    index('investments_metric_idx').on(t.metricKind, t.year),
  ],
);
