import { byteChunks, type CsvByteSource } from './byte-chunks';
import { detectDelimiter } from './detect-delimiter';
import type { CsvImportItem, CsvImportOptions } from './import-types';
import { createRecordReader, type RecordBatch } from './record-reader';
import { createRowBuilder } from './row-builder';
import { createUtf8Checker } from './utf8-check';

export type { CsvByteSource } from './byte-chunks';
export type { CsvImportItem, CsvImportOptions } from './import-types';
/** @public documented in the package README */
export { validatorFromSchema } from './schema-validator';

const MIB = 1024 * 1024;
const DEFAULT_MAX_BYTES = 25 * MIB;
const DEFAULT_MAX_RECORD_BYTES = MIB;
const DEFAULT_MAX_ERRORS = 100;
/** A header line longer than this is detected on its first part only. */
const HEAD_LIMIT = 64 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const EMPTY_BATCH: RecordBatch = { records: [] };

/**
 * Reads an uploaded CSV file as a stream and yields, in file order, each valid row (as returned by
 * `options.validate`) and each problem, with the line where its record starts. Memory stays
 * bounded by the chunk and record size: rows are handed over one at a time and not kept.
 *
 * Items with `fatal: true` end the import (bad encoding, bad header, size limit, broken quotes,
 * too many errors); rows yielded before one are still valid, but an importer that writes all or
 * nothing should treat any error as a failed import.
 */
export async function* importCsv<T>(
  source: CsvByteSource,
  options: CsvImportOptions<T>,
): AsyncGenerator<CsvImportItem<T>, void, undefined> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const rows = createRowBuilder({
    columns: options.columns,
    optionalColumns: options.optionalColumns ?? [],
    validate: options.validate,
    maxErrors: options.maxErrors ?? DEFAULT_MAX_ERRORS,
  });
  const utf8 = createUtf8Checker();
  let reader: ReturnType<typeof createRecordReader> | undefined;
  const head: Buffer[] = [];
  let headLength = 0;
  let bytesRead = 0;

  // The delimiter is chosen from the header line, so bytes wait here until that line is complete.
  async function feed(bytes: Buffer): Promise<RecordBatch> {
    if (reader !== undefined) return reader.write(bytes);
    head.push(bytes);
    headLength += bytes.length;
    return bytes.includes(0x0a) || headLength >= HEAD_LIMIT ? start() : EMPTY_BATCH;
  }

  async function start(): Promise<RecordBatch> {
    const joined = Buffer.concat(head);
    const bytes = joined.subarray(0, 3).equals(UTF8_BOM) ? joined.subarray(3) : joined;
    const firstLine = bytes.toString('utf8').split('\n', 1)[0] ?? '';
    const delimiter = detectDelimiter(firstLine.replace(/\r$/, ''), [
      ...options.columns,
      ...(options.optionalColumns ?? []),
    ]);
    reader = createRecordReader(delimiter, maxRecordBytes);
    return reader.write(bytes);
  }

  async function finish(): Promise<RecordBatch> {
    const first = reader === undefined && headLength > 0 ? await start() : EMPTY_BATCH;
    if (first.syntaxError !== undefined || reader === undefined) return first;
    const last = await reader.end();
    return { records: [...first.records, ...last.records], syntaxError: last.syntaxError };
  }

  /**
   * Yields the batch's items; returns true when the import must stop. With `badLine` (an encoding
   * error there) records from that line on are dropped, and so is a quoting error caused by the
   * cut: they would only distract from the real problem.
   */
  function* emit(batch: RecordBatch, badLine?: number): Generator<CsvImportItem<T>, boolean> {
    for (const record of batch.records) {
      if (badLine !== undefined && record.line >= badLine) return false;
      yield* rows.accept(record);
      if (rows.stopped) return true;
    }
    if (batch.syntaxError === undefined || badLine !== undefined) return false;
    const { line, message } = batch.syntaxError;
    yield { kind: 'error', fatal: true, line, column: null, message: `line ${line}: ${message}` };
    return true;
  }

  function encodingError(line: number, looksUtf16: boolean): CsvImportItem<T> {
    const guess = looksUtf16 ? ' (it looks like UTF-16)' : '';
    return {
      kind: 'error',
      fatal: true,
      line,
      column: null,
      message: `line ${line}: the file is not valid UTF-8${guess}; save it as UTF-8 (in Excel: "CSV UTF-8")`,
    };
  }

  let looksUtf16 = false;
  try {
    for await (const chunk of byteChunks(source)) {
      if (bytesRead === 0) looksUtf16 = startsWithUtf16Bom(chunk);
      bytesRead += chunk.length;
      if (bytesRead > maxBytes) {
        yield sizeError(maxBytes);
        return;
      }
      options.onProgress?.(bytesRead);
      const checked = utf8.check(chunk);
      if (yield* emit(await feed(checked.valid))) return;
      if (checked.invalidLine !== undefined) {
        if (yield* emit(await finish(), checked.invalidLine)) return;
        yield encodingError(checked.invalidLine, looksUtf16);
        return;
      }
    }
    const cutOffLine = utf8.finish();
    if (yield* emit(await finish(), cutOffLine)) return;
    if (cutOffLine !== undefined) {
      yield encodingError(cutOffLine, looksUtf16);
    } else if (!rows.sawHeader) {
      yield {
        kind: 'error',
        fatal: true,
        line: 1,
        column: null,
        message: `line 1: the file is empty; the first line must be a header with the columns ${options.columns.join(', ')}`,
      };
    }
  } finally {
    reader?.close();
  }
}

function startsWithUtf16Bom(chunk: Buffer): boolean {
  const [first, second] = chunk;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function sizeError<T>(maxBytes: number): CsvImportItem<T> {
  return {
    kind: 'error',
    fatal: true,
    line: null,
    column: null,
    message: `the file is larger than the ${describeSize(maxBytes)} limit; split it into smaller files`,
  };
}

function describeSize(bytes: number): string {
  if (bytes >= MIB) return `${Number((bytes / MIB).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
