import { sql } from 'drizzle-orm';
import { readerOf, type Database } from './reader/reader';
import { selectRows } from './reader/selection';

/** The countries of many projects or events in one prepared query, keyed by record id. */
export async function countriesOf(
  db: Database,
  kind: 'project' | 'event',
  ids: number[],
): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const reader = readerOf(db);
  const { projectCountries, eventCountries } = reader.tables;
  const [table, id] =
    kind === 'project'
      ? [projectCountries, projectCountries.projectId]
      : [eventCountries, eventCountries.eventId];
  const country = kind === 'project' ? projectCountries.country : eventCountries.country;
  const rows = await selectRows(
    reader,
    `countries of ${kind}`,
    { id, country },
    () =>
      sql`FROM ${table} WHERE ${id} IN ${reader.list('ids')} ORDER BY ${id}, ${reader.byCodePoint(country)}`,
    { ids },
  );
  for (const r of rows) map.set(r.id, [...(map.get(r.id) ?? []), r.country]);
  return map;
}
