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
  /**
   * Taken by a find-or-create that found nothing, before it looks again and inserts: held to the end of the
   * transaction, it keeps two writers from each finding no match and each inserting one. None on SQLite, where
   * `BEGIN IMMEDIATE` already lets one writer in at a time; on PostgreSQL one advisory lock for every creation,
   * so transactions creating several rows can never wait on each other in a cycle.
   */
  readonly creationLock: SQL | null;
}

// The first half of an advisory lock id (two int4 halves, a key space apart from single bigint locks); any fixed
// number not used by another of the project's locks.
const CREATION_LOCKS = 7_451_223;

export const sqliteWrite: WriteDialect = {
  ...sqliteSql,
  now: sqliteNow,
  forUpdate: sql``,
  creationLock: null,
};
export const postgresWrite: WriteDialect = {
  ...postgresSql,
  now: postgresNow,
  forUpdate: sql` FOR UPDATE`,
  creationLock: sql`SELECT pg_advisory_xact_lock(${CREATION_LOCKS}, 0)`,
};
