import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { IndicatorFilter } from '@tianshan/model';
import type { indicators } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { readerOf, type Database } from './reader/reader';
import { allColumns, selectRows, whereClause } from './reader/selection';
import { textSearch } from './search';

export type IndicatorRow = typeof indicators.$inferSelect & { sources: SourceRef[] };

export async function listIndicators(
  db: Database,
  filter: IndicatorFilter,
): Promise<IndicatorRow[]> {
  const reader = readerOf(db);
  const { indicators: t } = reader.tables;
  const where = and(
    isNull(t.deletedAt),
    filter.countries?.length ? inArray(t.scope, filter.countries) : undefined,
    textSearch(filter.search, [t.metric, t.notes], reader.like),
  );
  const rows = await selectRows(
    reader,
    `indicators ${JSON.stringify(filter)}`,
    allColumns(t),
    () =>
      sql`FROM ${t}${whereClause(where)} ORDER BY ${reader.byCodePoint(t.scope)}, ${reader.byCodePoint(t.asOf)} DESC, ${t.id}`,
  );
  const map = await sourcesFor(
    db,
    'indicator',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sources: map.get(r.id) ?? [] }));
}
