import { sql, type SQL } from 'drizzle-orm';
import { utcNow as postgresNow } from '../../postgres/schema/columns';
import { postgresSql } from '../../queries/reader/postgres-reader';
import type { SqlDialect } from '../../queries/reader/reader';
import { sqliteSql } from '../../queries/reader/sqlite-reader';
import { utcNow as sqliteNow } from '../../schema/columns';

/** What a write needs beyond a read's dialect: the clock, and locking the rows it is about to change. */
export interface WriteDialect extends SqlDialect {
  /** The time of the statement, in the format of the timestamp columns' own default. */
  readonly now: SQL;
  /**
   * Appended to a SELECT of rows the write will change. SQLite's `BEGIN IMMEDIATE` already excludes every
   * other writer; PostgreSQL's row lock keeps a concurrent edit from passing the same version check.
   */
  readonly forUpdate: SQL;
}

export const sqliteWrite: WriteDialect = { ...sqliteSql, now: sqliteNow, forUpdate: sql`` };
export const postgresWrite: WriteDialect = {
  ...postgresSql,
  now: postgresNow,
  forUpdate: sql` FOR UPDATE`,
};
