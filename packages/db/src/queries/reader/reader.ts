import type { SQL, SQLWrapper } from 'drizzle-orm';
import { oncePerHandle, type Database } from '../../database';
import type * as postgresSchema from '../../postgres/schema';
import type * as sqliteSchema from '../../schema';
import { postgresReader } from './postgres-reader';
import { sqliteReader } from './sqlite-reader';

/**
 * How one read runs on SQLite and on PostgreSQL.
 *
 * Drizzle's sqlite-core and pg-core tables are different objects, and its query builders are typed per
 * dialect: a builder call on `Db | PostgresDb` does not typecheck, so "one builder chain for both" would
 * need a cast at every query, and per-dialect chains would write every query twice. What is dialect-neutral
 * is Drizzle's `sql` template and its operators (`eq`, `and`, `inArray`…): a column renders as
 * `"table"."column"` in both. So a read is written once as a `sql` template over `reader.tables` (the
 * connection's own schema, picked from one map, so parameters are encoded by the right column), and a
 * `Reader` per dialect does only what must differ: run it (SQLite: prepared once per connection and key,
 * as before; PostgreSQL: the pool, with bigint and numeric parsed as numbers like SQLite's integers), bind
 * a list as one parameter (`json_each` / `unnest`), and case-insensitive LIKE. Rows are decoded by the
 * selected columns' own mappers (selection.ts), so both dialects return the same JavaScript values; the
 * schema drift test keeps the two tables' row types equal.
 */

export type { Database } from '../../database';

export type Dialect = 'sqlite' | 'postgres';

/** The tables of either schema: same names, columns and row types (src/postgres/schema-drift.test.ts). */
export type Tables = typeof sqliteSchema | typeof postgresSchema;

/** What a filter needs to be written once for both dialects. */
export interface SqlDialect {
  readonly tables: Tables;
  /** Case-insensitive LIKE: SQLite's LIKE already ignores (ASCII) case, PostgreSQL's needs ILIKE. */
  readonly like: SQL;
  /**
   * A parenthesised list for `x IN …`, bound to placeholder `name` as one parameter (pass an array in the
   * read's values), so a statement serves any number of ids and no cap on bound parameters applies.
   */
  list(name: string): SQL;
  /**
   * `expr` ordered by code point, as SQLite's default (BINARY) collation orders text: PostgreSQL's default
   * collation follows the database's locale, which puts `a-b`, `ab` and `aB` in another order. Every
   * ORDER BY on text goes through it, so both dialects list rows in the same order whatever the locale.
   */
  readonly byCodePoint: (expr: SQLWrapper) => SQL;
  /**
   * `value` of every row of `rest` (its FROM clause onwards), in code point order, joined by `;` (`KG;UZ`,
   * the CSV spelling of several countries); NULL when there are none.
   */
  joined(value: SQLWrapper, rest: SQL): SQL<string | null>;
  /**
   * An ORDER BY term with NULL as the smallest value, as SQLite has it (first going up, last going down);
   * PostgreSQL's NULL is the largest.
   */
  sorted(expr: SQLWrapper, dir: 'asc' | 'desc'): SQL;
  /**
   * A double rounded to a whole number as SQLite's round(x) does it: x + 0.5 (or x − 0.5 below zero)
   * truncated, in double precision, so halves go away from zero. PostgreSQL's round() of a double takes
   * halves to even, and its round() of a numeric rounds the double's 15-digit decimal instead of the double.
   */
  nearestWhole(expr: SQLWrapper): SQL<number>;
}

export interface Reader extends SqlDialect {
  readonly dialect: Dialect;
  /**
   * Runs a statement and returns its rows as the driver gives them. `key` names the statement's shape:
   * everything `query` embeds must follow from it (a filter, a page), since SQLite keeps the prepared
   * statement under it; what varies per call goes in `values`, through `sql.placeholder`.
   */
  all(
    key: string,
    query: () => SQL,
    values?: Record<string, unknown>,
  ): Promise<Record<string, unknown>[]>;
  /** As `all`, each row an array in the order of the statement's columns (no names built per row). */
  arrays(key: string, query: () => SQL, values?: Record<string, unknown>): Promise<unknown[][]>;
}

/** The reader of a database handle, made once per handle. */
export const readerOf: (db: Database) => Reader = oncePerHandle({
  sqlite: sqliteReader,
  postgres: postgresReader,
});
