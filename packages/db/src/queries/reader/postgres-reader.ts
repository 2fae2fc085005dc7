import { createHash } from 'node:crypto';
import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { PostgresDb } from '../../postgres/client';
import * as schema from '../../postgres/schema';
import type { Reader, SqlDialect } from './reader';

/** PostgreSQL's SQL: the mirror schema, ILIKE, a list as one array parameter, text ordered as in "C". */
export const postgresSql: SqlDialect = {
  tables: schema,
  like: sql.raw('ILIKE'),
  list: (name) => sql`(SELECT unnest(${sql.placeholder(name)}::bigint[]))`,
  byCodePoint: (expr) => sql`${expr} COLLATE "C"`,
  joined: (value, rest) =>
    sql<string | null>`(SELECT string_agg(${value}, ';' ORDER BY ${value} COLLATE "C") ${rest})`,
  sorted: (expr, dir) =>
    sql`${expr} ${sql.raw(dir === 'asc' ? 'ASC NULLS FIRST' : 'DESC NULLS LAST')}`,
  // SQLite's own arithmetic (func.c, roundFunc), in doubles: also 2-3 times cheaper than through numeric.
  nearestWhole: (expr) => sql<number>`sign(${expr}) * trunc(abs(${expr}) + 0.5)`,
};

const dialect = new PgDialect();

/**
 * node-postgres returns bigint (money, counts) and numeric (sums, averages) as text, since they may exceed
 * a double; Tianshan's stay far below 2^53 and SQLite returns them as numbers, so these reads do too.
 */
export const numbers = new pg.TypeOverrides();
numbers.setTypeParser(pg.types.builtins.INT8, Number);
numbers.setTypeParser(pg.types.builtins.NUMERIC, Number);

/**
 * Statements run on the pool as named prepared statements, one per `key`, as SQLite's reader prepares one
 * per key: each connection parses a statement once, and PostgreSQL may keep its plan (planning these joins
 * took 1-6 ms a call, often longer than running them). A key's text is compiled once, as on SQLite.
 */
export function postgresReader(db: PostgresDb): Reader {
  const statements = new Map<string, { name: string; text: string; params: unknown[] }>();
  const prepared = (key: string, query: () => SQL, values: Record<string, unknown>) => {
    let statement = statements.get(key);
    if (!statement) {
      const compiled = dialect.sqlToQuery(query());
      // Named by its text, not by this reader's count: one pool may be read through several readers (a
      // module bundled into two chunks of the app keeps a map of its own), and on a connection a name must
      // always mean the same statement.
      statement = {
        name: `tianshan_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 24)}`,
        text: compiled.sql,
        params: compiled.params,
      };
      statements.set(key, statement);
    }
    return {
      name: statement.name,
      text: statement.text,
      values: fillPlaceholders(statement.params, values),
      types: numbers,
    };
  };
  return {
    ...postgresSql,
    dialect: 'postgres',
    all: async (key, query, values = {}) =>
      (await db.$client.query<Record<string, unknown>>(prepared(key, query, values))).rows,
    arrays: async (key, query, values = {}) =>
      (await db.$client.query<unknown[]>({ ...prepared(key, query, values), rowMode: 'array' }))
        .rows,
  };
}
