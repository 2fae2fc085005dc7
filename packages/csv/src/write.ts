import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { CsvColumn, CsvWriteOptions } from './csv-column';
import { formatCell } from './format-cell';

export type { CsvColumn, CsvColumnKind, CsvWriteOptions } from './csv-column';

/** Rows formatted per csv-stringify call: bounds memory while keeping the per-call cost small. */
const ROWS_PER_CHUNK = 500;

/**
 * RFC 4180 with CRLF after every record (the last included). csv-stringify only quotes a bare
 * LF or CR when told to once a record delimiter is set, and an unquoted one would split the row.
 */
function stringifyRecords(records: string[][], bom: boolean): string {
  return stringify(records, {
    bom,
    record_delimiter: '\r\n',
    quote_record_delimiter: true,
    eof: true,
  });
}

function headerRecord<Row extends object>(columns: readonly CsvColumn<Row>[]): string[] {
  return columns.map((column) => column.header ?? column.name);
}

function formatRow<Row extends object>(columns: readonly CsvColumn<Row>[], row: Row): string[] {
  const values = row as Record<string, unknown>;
  return columns.map((column) => formatCell(values[column.name], column.kind, column.name));
}

/** The whole file as one string: for tests and small exports. */
export function writeCsvString<Row extends object>(
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row>,
  options: CsvWriteOptions = {},
): string {
  const records = [headerRecord(columns)];
  for (const row of rows) records.push(formatRow(columns, row));
  return stringifyRecords(records, options.bom ?? false);
}

/**
 * The file as string chunks (header first, then batches of rows). Rows are pulled from `rows`
 * only as chunks are consumed, so a slow reader holds back the database cursor instead of the
 * file piling up in memory.
 */
export async function* csvChunks<Row extends object>(
  columns: readonly CsvColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: CsvWriteOptions = {},
): AsyncGenerator<string, void, undefined> {
  yield stringifyRecords([headerRecord(columns)], options.bom ?? false);
  let batch: string[][] = [];
  for await (const row of rows) {
    batch.push(formatRow(columns, row));
    if (batch.length === ROWS_PER_CHUNK) {
      yield stringifyRecords(batch, false);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringifyRecords(batch, false);
}

/** {@link csvChunks} as a Node Readable of UTF-8 strings, for `pipeline()` into a file or socket. */
export function csvReadable<Row extends object>(
  columns: readonly CsvColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: CsvWriteOptions = {},
): Readable {
  return Readable.from(csvChunks(columns, rows, options), { objectMode: false, encoding: 'utf8' });
}

/**
 * {@link csvChunks} as a web ReadableStream of UTF-8 bytes, for a Next route handler:
 * `return new Response(csvWebStream(columns, rows, { bom: true }), { headers })`.
 * Pull-based, so the next rows are read only when the client has taken the previous chunk;
 * a cancelled download stops the row source.
 */
export function csvWebStream<Row extends object>(
  columns: readonly CsvColumn<Row>[],
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: CsvWriteOptions = {},
): ReadableStream<Uint8Array> {
  const chunks = csvChunks(columns, rows, options);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
