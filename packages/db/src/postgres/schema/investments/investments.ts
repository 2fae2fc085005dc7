import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { InvestmentCoverage } from '@tianshan/model';
import { serialId, softDelete, timestamps, versioned } from '../columns';

/** Mirrors schema/investments/investments.ts. */
export const investments = pgTable(
  'investments',
  {
    id: serialId(),
    scope: text('scope').notNull(),
    year: integer('year').notNull(),
    asOf: text('as_of').notNull(),
    asOfLabel: text('as_of_label'),
    metricKind: text('metric_kind').notNull(),
    metricLabel: text('metric_label').notNull(),
    coverage: text('coverage').$type<InvestmentCoverage>(),
    sector: text('sector'),
    investor: text('investor'),
    reporterBasis: text('reporter_basis'),
    amountUsd: bigint('amount_usd', { mode: 'number' }),
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
