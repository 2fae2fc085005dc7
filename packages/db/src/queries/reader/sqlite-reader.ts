import { fillPlaceholders, sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../client';
import { preparedFor } from '../../prepared';
import * as schema from '../../schema';
import type { Reader, SqlDialect } from './reader';

/** SQLite's SQL: its own schema, LIKE (case-insensitive already), a list as one JSON parameter. */
export const sqliteSql: SqlDialect = {
  tables: schema,
  like: sql.raw('LIKE'),
  list: (name) => sql`(SELECT value FROM json_each(${sql.placeholder(name)}))`,
};

const dialect = new SQLiteSyncDialect();

/** A list is bound as JSON text, which `json_each` reads; every other value as it is. */
function bindable(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      Array.isArray(value) ? JSON.stringify(value) : value,
    ]),
  );
}

/**
 * Statements compiled and prepared once per connection and key (`preparedFor`), then run synchronously:
 * the promise a read returns is already settled, so SQLite keeps its speed behind the async boundary.
 */
export function sqliteReader(db: Db): Reader {
  return {
    ...sqliteSql,
    dialect: 'sqlite',
    all: (key, query, values = {}) => {
      const statement = preparedFor(db, `reader ${key}`, () => {
        const compiled = dialect.sqlToQuery(query());
        return { prepared: db.$client.prepare(compiled.sql), params: compiled.params };
      });
      const params = fillPlaceholders(statement.params, bindable(values));
      return Promise.resolve(statement.prepared.all(...params) as Record<string, unknown>[]);
    },
  };
}
