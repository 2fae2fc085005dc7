import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { PostgresDb } from '../../postgres/client';
import * as schema from '../../postgres/schema';
import type { Reader, SqlDialect } from './reader';

/** PostgreSQL's SQL: the mirror schema, ILIKE, a list as one array parameter. */
export const postgresSql: SqlDialect = {
  tables: schema,
  like: sql.raw('ILIKE'),
  list: (name) => sql`(SELECT unnest(${sql.placeholder(name)}::bigint[]))`,
};

const dialect = new PgDialect();

/**
 * node-postgres returns bigint (money, counts) and numeric (sums, averages) as text, since they may exceed
 * a double; Tianshan's stay far below 2^53 and SQLite returns them as numbers, so these reads do too.
 */
export const numbers = new pg.TypeOverrides();
numbers.setTypeParser(pg.types.builtins.INT8, Number);
numbers.setTypeParser(pg.types.builtins.NUMERIC, Number);

/** Statements compiled per call and run on the pool (each read is one statement: no transaction needed). */
export function postgresReader(db: PostgresDb): Reader {
  const compile = (query: () => SQL, values: Record<string, unknown>) => {
    const compiled = dialect.sqlToQuery(query());
    return {
      text: compiled.sql,
      values: fillPlaceholders(compiled.params, values),
      types: numbers,
    };
  };
  return {
    ...postgresSql,
    dialect: 'postgres',
    all: async (_key, query, values = {}) =>
      (await db.$client.query<Record<string, unknown>>(compile(query, values))).rows,
    arrays: async (_key, query, values = {}) =>
      (await db.$client.query<unknown[]>({ ...compile(query, values), rowMode: 'array' })).rows,
  };
}
