import { sql, type SQL } from 'drizzle-orm';
import type { SqlDialect } from './reader/reader';

/**
 * A project's or event's countries as `KG;UZ` (the CSV spelling of several countries, in code point order),
 * from its join table, for the row of `projects` or `events` the enclosing statement reads; NULL when none.
 */
export function countryListSql(kind: 'project' | 'event', dialect: SqlDialect): SQL<string | null> {
  const { projects, projectCountries: pc, events, eventCountries: ec } = dialect.tables;
  return kind === 'project'
    ? dialect.joined(pc.country, sql`FROM ${pc} WHERE ${pc.projectId} = ${projects.id}`)
    : dialect.joined(ec.country, sql`FROM ${ec} WHERE ${ec.eventId} = ${events.id}`);
}
