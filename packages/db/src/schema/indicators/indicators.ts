import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { softDelete, timestamps, versioned } from '../columns';

/** Any other reported metric: sister cities, freight trains, market shares. */
export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scope: text('scope').notNull(),
    asOf: text('as_of').notNull(),
    metric: text('metric').notNull(),
    /** Exact decimal text: "565.8" stays 565.8. */
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
