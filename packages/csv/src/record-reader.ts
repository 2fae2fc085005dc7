import { Parser } from 'csv-parse';
import type { CsvDelimiter } from './detect-delimiter';
import { createQuoteFreeLines } from './quote-free-lines';

export interface CsvRawRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface RecordBatch {
  records: CsvRawRecord[];
  /** A quoting problem that stops the parse; the records before it are in `records`. */
  syntaxError?: { line: number; message: string };
}

const LF = /\n/g;

/**
 * Feeds validated UTF-8 bytes to csv-parse and hands back complete records with the line each
 * starts on. csv-parse's own `info.lines` counts a CRLF inside a quoted field twice, so lines are
 * counted here instead: outside quotes every line feed ends a record, so a record starts one line
 * after the previous one plus the line feeds inside its fields.
 */
export function createRecordReader(delimiter: CsvDelimiter, maxRecordBytes: number) {
  const ready: string[][] = [];
  const parser = new Parser({
    delimiter,
    // Both, so a file that mixes line endings (edited on two systems) still splits into records.
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    max_record_size: maxRecordBytes,
    // Records are collected here, in order and synchronously, instead of buffered in the stream.
    on_record: (record: string[]) => {
      ready.push(record);
      return null;
    },
  });
  // Errors arrive through the write and end callbacks; this keeps them from being "unhandled".
  parser.on('error', () => undefined);
  let nextLine = 1;

  function batch(error?: Error): RecordBatch {
    const records = ready.splice(0).map((fields) => {
      const line = nextLine;
      nextLine += 1 + fields.reduce((sum, field) => sum + (field.match(LF)?.length ?? 0), 0);
      return { line, fields };
    });
    return error === undefined
      ? { records }
      : {
          records,
          syntaxError: { line: nextLine, message: describeSyntaxError(error, maxRecordBytes) },
        };
  }

  // Until the first quote (or a line near the size limit), lines are split without the parser.
  let quoteFree: ReturnType<typeof createQuoteFreeLines> | undefined = createQuoteFreeLines(
    delimiter,
    maxRecordBytes,
  );

  async function write(bytes: Buffer): Promise<RecordBatch> {
    if (quoteFree !== undefined) {
      const records = quoteFree.take(bytes);
      if (records !== null) {
        ready.push(...records);
        return batch();
      }
      bytes = Buffer.concat([quoteFree.rest(), bytes]);
      quoteFree = undefined;
    }
    const error = await new Promise<Error | undefined>((resolve) => {
      parser.write(bytes, (err) => resolve(err ?? undefined));
    });
    return batch(error);
  }

  async function end(): Promise<RecordBatch> {
    if (quoteFree !== undefined) {
      const last = quoteFree.end();
      if (last !== null) {
        ready.push(...last);
        return batch();
      }
      const rest = quoteFree.rest();
      quoteFree = undefined;
      const writeError = await new Promise<Error | undefined>((resolve) => {
        parser.write(rest, (err) => resolve(err ?? undefined));
      });
      if (writeError !== undefined) return batch(writeError);
    }
    const error = await new Promise<Error | undefined>((resolve) => {
      parser.once('error', resolve);
      parser.once('finish', () => resolve(undefined));
      parser.end();
    });
    return batch(error);
  }

  /** Releases the parser when the import stops early. */
  function close(): void {
    parser.destroy();
  }

  return { write, end, close };
}

function describeSyntaxError(error: Error, maxRecordBytes: number): string {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this record is never closed; check its quotes';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted field is followed by other text before the delimiter; quote the whole field and double any quote inside it ("")';
    case 'INVALID_OPENING_QUOTE':
      return 'a field contains a quote but does not start with one; quote the whole field and double any quote inside it ("")';
    case 'CSV_MAX_RECORD_SIZE':
      return `a record is longer than ${maxRecordBytes} bytes; a quote is probably not closed`;
    default:
      return `the record could not be read as CSV (${error.message})`;
  }
}
