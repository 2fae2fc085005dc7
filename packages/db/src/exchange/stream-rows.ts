import Database from 'better-sqlite3';
import { EXPORT_IDLE_LIMIT_MS, releasedWhenIdle } from './released-when-idle';

export { ExportStalledError } from './released-when-idle';

type RowsQuery = { sql: string; params: unknown[]; columns: readonly { name: string }[] };

export interface StreamRowsOptions {
  /** How long the consumer may take no rows before the read is ended (default one minute). */
  idleLimitMs?: number;
  /** Called once if the read is ended that way. */
  onIdleRelease?: () => void;
}

/**
 * Rows of one query, read lazily from a connection of their own. A better-sqlite3 connection is busy
 * for as long as an iterator is open, so an export that streams for minutes must not hold the server's
 * shared connection; in WAL mode this reader sees one consistent snapshot and never blocks writers.
 * Returning early (the client went away) closes the iterator and the connection; so does a consumer
 * that takes no rows for the idle limit (its next read then throws ExportStalledError), so a stalled
 * client cannot pin the WAL for longer than that.
 */
export function streamRows(
  file: string,
  query: RowsQuery,
  options: StreamRowsOptions = {},
): Generator<Record<string, unknown>> {
  return releasedWhenIdle(
    readRows(file, query),
    options.idleLimitMs ?? EXPORT_IDLE_LIMIT_MS,
    options.onIdleRelease,
  );
}

function* readRows(file: string, query: RowsQuery): Generator<Record<string, unknown>> {
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    // A sequential read gains nothing from a large page cache; keep the export's footprint small.
    connection.pragma('cache_size = -2000');
    // Drizzle's generated SQL does not alias computed columns, so values are mapped by position:
    // each export's select lists its fields in exactly the order of its `columns`.
    const statement = connection.prepare(query.sql).raw(true);
    const names = query.columns.map((c) => c.name);
    for (const values of statement.iterate(...query.params) as IterableIterator<unknown[]>) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
      yield row;
    }
  } finally {
    connection.close();
  }
}
