import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { serialId, softDelete, timestamps, versioned } from '../columns';

/** Mirrors schema/indicators/indicators.ts; the value stays exact decimal text. */
export const indicators = pgTable(
  'indicators',
  {
    id: serialId(),
    scope: text('scope').notNull(),
    asOf: text('as_of').notNull(),
    metric: text('metric').notNull(),
    value: text('value').notNull(),
    unit: text('unit').notNull(),
    qualifier: text('qualifier').notNull().default('exact'),
    notes: text('notes'),
    ...timestamps,
    ...versioned,
    ...softDelete,
  },
  (t) => [index('indicators_scope_idx').on(t.scope, t.asOf)],
);
