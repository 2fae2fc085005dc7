import { asc, desc, fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../client';
import { preparedFor } from '../../prepared';
import * as schema from '../../schema';
import type { Reader, SqlDialect } from './reader';

/**
 * SQLite's SQL: its own schema, LIKE (case-insensitive already), a list as one JSON parameter, and text
 * ordered as it is (BINARY, the default collation, is code point order).
 */
export const sqliteSql: SqlDialect = {
  tables: schema,
  like: sql.raw('LIKE'),
  list: (name) => sql`(SELECT value FROM json_each(${sql.placeholder(name)}))`,
  byCodePoint: (expr) => sql`${expr}`,
  joined: (value, rest) =>
    sql<
      string | null
    >`(SELECT group_concat(v, ';') FROM (SELECT ${value} AS v ${rest} ORDER BY ${value}))`,
  sorted: (expr, dir) => (dir === 'asc' ? asc(expr) : desc(expr)),
  nearestWhole: (expr) => sql<number>`round(${expr})`,
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
  const run = (key: string, query: () => SQL, values: Record<string, unknown>, raw: boolean) => {
    const statement = preparedFor(db, `reader ${raw ? 'arrays' : 'rows'} ${key}`, () => {
      const compiled = dialect.sqlToQuery(query());
      const prepared = db.$client.prepare(compiled.sql);
      return { prepared: raw ? prepared.raw(true) : prepared, params: compiled.params };
    });
    return statement.prepared.all(...fillPlaceholders(statement.params, bindable(values)));
  };
  return {
    ...sqliteSql,
    dialect: 'sqlite',
    all: (key, query, values = {}) =>
      Promise.resolve(run(key, query, values, false) as Record<string, unknown>[]),
    arrays: (key, query, values = {}) =>
      Promise.resolve(run(key, query, values, true) as unknown[][]),
  };
}
