import { and, asc, desc, inArray, isNull } from 'drizzle-orm';
import type { IndicatorFilter } from '@tianshan/model';
import type { Db } from '../client';
import { preparedFor } from '../prepared';
import { indicators } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { textSearch } from './search';

export type IndicatorRow = typeof indicators.$inferSelect & { sources: SourceRef[] };

export async function listIndicators(db: Db, filter: IndicatorFilter): Promise<IndicatorRow[]> {
  const rows = preparedFor(db, `indicators ${JSON.stringify(filter)}`, () =>
    db
      .select()
      .from(indicators)
      .where(
        and(
          isNull(indicators.deletedAt),
          filter.countries?.length ? inArray(indicators.scope, filter.countries) : undefined,
          textSearch(filter.search, [indicators.metric, indicators.notes]),
        ),
      )
      .orderBy(asc(indicators.scope), desc(indicators.asOf), asc(indicators.id))
      .prepare(),
  ).all();
  const map = await sourcesFor(
    db,
    'indicator',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sources: map.get(r.id) ?? [] }));
}
