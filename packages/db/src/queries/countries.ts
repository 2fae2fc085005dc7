import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { jsonList, preparedOnce } from '../prepared';
import { eventCountries, projectCountries } from '../schema';

/** The countries of many projects or events in one prepared query, keyed by record id. */
export async function countriesOf(
  db: Db,
  kind: 'project' | 'event',
  ids: number[],
): Promise<Map<number, string[]>> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const statement = preparedOnce(db, `countries of ${kind}`, () =>
    kind === 'project'
      ? db
          .select({ id: projectCountries.projectId, country: projectCountries.country })
          .from(projectCountries)
          .where(sql`${projectCountries.projectId} IN ${jsonList('ids')}`)
          .prepare()
      : db
          .select({ id: eventCountries.eventId, country: eventCountries.country })
          .from(eventCountries)
          .where(sql`${eventCountries.eventId} IN ${jsonList('ids')}`)
          .prepare(),
  );
  for (const r of statement.all({ ids: JSON.stringify(ids) }))
    map.set(r.id, [...(map.get(r.id) ?? []), r.country]);
  return map;
}
