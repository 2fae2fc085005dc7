import type { Pool, PoolClient } from 'pg';
import { numbers } from '../queries/reader/postgres-reader';
import { EXPORT_IDLE_LIMIT_MS, releasedWhenIdleAsync } from './released-when-idle';
import type { StreamRowsOptions } from './stream-rows';

/** A statement in PostgreSQL's own text, its `$n` parameters, and the names of its columns in order. */
export interface PostgresRowsQuery {
  text: string;
  values: unknown[];
  columns: readonly { name: string }[];
}

/** Rows fetched per round trip (two batches held at once): a few hundred kB, whatever the export's size. */
export const FETCH_ROWS = 500;

/**
 * Rows of one query through a server-side cursor, fetched a batch at a time on a pooled connection of
 * their own, so memory stays bounded however many rows there are. The cursor lives in a read-only
 * REPEATABLE READ transaction: the export is one consistent snapshot, as SQLite's WAL reader is. The
 * connection goes back to the pool when the rows end, when reading them fails (the connection is then
 * discarded), when the consumer returns early (the client went away), and when it takes no rows for the
 * idle limit (its next read then throws ExportStalledError), so a stalled client cannot hold a
 * connection and a snapshot (which keeps VACUUM from reclaiming rows) for longer than that.
 */
export function streamPostgresRows(
  pool: Pool,
  query: PostgresRowsQuery,
  options: StreamRowsOptions & { fetchRows?: number } = {},
): AsyncGenerator<Record<string, unknown>> {
  return releasedWhenIdleAsync(
    readRows(pool, query, options.fetchRows ?? FETCH_ROWS),
    options.idleLimitMs ?? EXPORT_IDLE_LIMIT_MS,
    options.onIdleRelease,
  );
}

async function* readRows(
  pool: Pool,
  query: PostgresRowsQuery,
  fetchRows: number,
): AsyncGenerator<Record<string, unknown>> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query({
      text: `DECLARE export_rows NO SCROLL CURSOR FOR ${query.text}`,
      values: query.values,
    });
    const names = query.columns.map((c) => c.name);
    let next = fetch(client, fetchRows);
    for (;;) {
      const { rows } = await next;
      const more = rows.length === fetchRows;
      // The next batch is asked for before this one is handed on, so the server reads it while these
      // rows are written out (two processes, two cores) instead of each waiting for the other. A batch
      // in flight when the consumer stops is awaited by the ROLLBACK queued behind it; its own failure
      // then surfaces there.
      if (more) {
        next = fetch(client, fetchRows);
        next.catch(() => undefined);
      }
      for (const values of rows) {
        const row: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i++) row[names[i] as string] = cell(values[i]);
        yield row;
      }
      if (!more) break;
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    await end(client, broken);
  }
}

/** A json value arrives parsed; a cell holds it as compact JSON text, as SQLite's json functions write it. */
function cell(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
}

function fetch(client: PoolClient, count: number) {
  return client.query<unknown[]>({
    text: `FETCH FORWARD ${count} FROM export_rows`,
    rowMode: 'array',
    types: numbers,
  });
}

/** Ends the transaction (closing the cursor) and returns the connection; one that failed is discarded. */
async function end(client: PoolClient, broken: Error | undefined): Promise<void> {
  if (broken) {
    client.release(broken);
    return;
  }
  try {
    await client.query('ROLLBACK');
    client.release();
  } catch (error) {
    client.release(error instanceof Error ? error : new Error(String(error)));
  }
}
