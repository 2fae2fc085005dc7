import Database from 'better-sqlite3';
import type { ExportQuery } from './export-query';

/** Rows per page: a page is read in one short transaction (tens of milliseconds), whatever the client does. */
const PAGE_ROWS = 1000;

/**
 * Rows of one export, read lazily from a connection of their own (a better-sqlite3 connection is busy
 * while a statement is open, so an export must not hold the server's shared connection).
 *
 * A reader pins the WAL: SQLite cannot rewind it past the reader's snapshot. An export streamed in one
 * statement would pin it for as long as its client takes to read, forever if the client stops reading.
 * So it is read in two steps, never yielding while a statement is open: one read of the keys in export
 * order (the keys only, so the per-row sub-selects are not run), then pages of full rows looked up by
 * key, each its own short read. A row deleted, or edited out of the filter, before its page is read is
 * left out; rows are in the order of the first read. Returning early (the client went away) closes the
 * connection.
 */
export function* streamRows(
  file: string,
  query: ExportQuery,
  options: { pageRows?: number } = {},
): Generator<Record<string, unknown>> {
  const names = query.columns.map((c) => c.name);
  const keyPositions = (query.key ?? ['id']).map((name) => {
    const position = names.indexOf(name);
    if (position < 0)
      throw new Error(`export key column "${name}" is not one of the export's columns`);
    return position;
  });
  const lookup = keyPositions.at(-1) ?? 0;
  const pageRows = options.pageRows ?? PAGE_ROWS;
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    connection.pragma('busy_timeout = 5000');
    // A sequential read gains nothing from a large page cache; keep the export's footprint small.
    connection.pragma('cache_size = -2000');
    // Drizzle's generated SQL does not alias computed columns, so columns are named by position:
    // each export's select lists its fields in exactly the order of its `columns`.
    const rows = `WITH export_rows(${names.map((_, i) => `c${i}`).join(', ')}) AS (${query.sql})`;
    const keys = readKeys(
      connection,
      `${rows} SELECT ${keyPositions.map((p) => `c${p}`).join(', ')} FROM export_rows`,
      query.params,
    );
    const page = connection
      .prepare(
        `${rows} SELECT * FROM export_rows WHERE c${lookup} IN (SELECT value FROM json_each(?))`,
      )
      .raw(true);
    const keyOf = (values: unknown[]) => keys.encode(keyPositions.map((p) => values[p]));
    for (let start = 0; start < keys.count; start += pageRows) {
      const end = Math.min(start + pageRows, keys.count);
      const found = new Map<unknown, unknown[]>();
      const ids = JSON.stringify(keys.lookupValues(start, end));
      for (const values of page.all(...query.params, ids) as unknown[][])
        found.set(keyOf(values), values);
      for (let k = start; k < end; k++) {
        const values = found.get(keys.at(k));
        if (!values) continue;
        const row: Record<string, unknown> = {};
        for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
        yield row;
      }
    }
  } finally {
    connection.close();
  }
}

interface KeyList {
  count: number;
  /** The key of the row at `index` in export order, comparable with `encode`'s result. */
  at(index: number): unknown;
  encode(values: unknown[]): unknown;
  /** The lookup column's values for rows `start` to `end`. */
  lookupValues(start: number, end: number): unknown[];
}

/**
 * The keys in export order, held column by column: a single id per row is kept as a plain array of
 * numbers (a million rows is a few megabytes), never as an array per row.
 */
function readKeys(connection: Database.Database, sql: string, params: unknown[]): KeyList {
  const statement = connection.prepare(sql);
  if (statement.columns().length === 1) {
    const ids = statement.pluck(true).all(...params);
    return {
      count: ids.length,
      at: (index) => ids[index],
      encode: (values) => values[0],
      lookupValues: (start, end) => ids.slice(start, end),
    };
  }
  const columns: unknown[][] = statement.columns().map(() => []);
  for (const values of statement.raw(true).iterate(...params) as IterableIterator<unknown[]>) {
    for (let i = 0; i < columns.length; i++) columns[i]?.push(values[i]);
  }
  const last = columns.at(-1) ?? [];
  const encode = (values: unknown[]) => JSON.stringify(values);
  return {
    count: last.length,
    at: (index) => encode(columns.map((c) => c[index])),
    encode,
    lookupValues: (start, end) => last.slice(start, end),
  };
}
