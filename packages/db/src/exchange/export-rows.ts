import { PgDialect } from 'drizzle-orm/pg-core';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { isPostgres, type Database } from '../database';
import { postgresSql } from '../queries/reader/postgres-reader';
import { sqliteSql } from '../queries/reader/sqlite-reader';
import type { ExportQuery, PortableExport } from './export-query';
import { streamPostgresRows, type PostgresRowsQuery } from './postgres-stream-rows';
import { streamRows, type StreamRowsOptions } from './stream-rows';

const sqlite = new SQLiteSyncDialect();
const postgres = new PgDialect();

/** The export in SQLite's text, for `streamRows` and the tests that read it at once. */
export function sqliteExportQuery(portable: PortableExport): ExportQuery {
  const statement = portable.statement(sqliteSql);
  if (!statement) return { sql: 'SELECT NULL WHERE 0', params: [], columns: portable.columns };
  const { sql, params } = sqlite.sqlToQuery(statement);
  return { sql, params, columns: portable.columns };
}

/** The export in PostgreSQL's text, for `streamPostgresRows`. */
export function postgresExportQuery(portable: PortableExport): PostgresRowsQuery {
  const statement = portable.statement(postgresSql);
  if (!statement) return { text: 'SELECT NULL WHERE false', values: [], columns: portable.columns };
  const { sql, params } = postgres.sqlToQuery(statement);
  return { text: sql, values: params, columns: portable.columns };
}

/**
 * An export's rows from either database, streamed: SQLite through a read-only connection of their own on
 * the handle's file, PostgreSQL through a cursor on a pooled connection. Either lets go of the database when
 * the rows end, fail, are abandoned, or stall past the idle limit.
 */
export function exportRows(
  db: Database,
  portable: PortableExport,
  options: StreamRowsOptions = {},
): AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>> {
  return isPostgres(db)
    ? streamPostgresRows(db.$client, postgresExportQuery(portable), options)
    : streamRows(db.$client.name, sqliteExportQuery(portable), options);
}
