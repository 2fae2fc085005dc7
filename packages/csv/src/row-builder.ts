import { checkHeader } from './header-check';
import type { CsvImportItem, CsvRowValidator } from './import-types';
import { stripFormulaGuard } from './neutralise';
import type { CsvRawRecord } from './record-reader';

export interface RowBuilderOptions<T> {
  columns: readonly string[];
  optionalColumns: readonly string[];
  validate: CsvRowValidator<T>;
  maxErrors: number;
}

/**
 * Turns raw records into rows or errors: the first record is the header, every later one must
 * have as many fields, and each row goes through the caller's validator. `stopped` turns true
 * after a fatal error (bad header, too many errors); later records are then ignored.
 */
export function createRowBuilder<T>(options: RowBuilderOptions<T>) {
  let columns: string[] | undefined;
  let errorCount = 0;
  let stopped = false;

  function* accept(record: CsvRawRecord): Generator<CsvImportItem<T>> {
    if (stopped) return;
    const { line, fields } = record;
    if (columns === undefined) {
      const header = checkHeader(fields, options.columns, options.optionalColumns);
      if (header.ok) {
        columns = header.columns;
        return;
      }
      stopped = true;
      for (const { column, message } of header.problems) {
        yield { kind: 'error', fatal: true, line, column, message: `line ${line}: ${message}` };
      }
      return;
    }
    // Spreadsheets leave blank lines and rows of bare delimiters (",,,") after the data.
    if (fields.every((field) => field === '')) return;
    if (fields.length !== columns.length) {
      yield* rowError(line, null, raggedMessage(columns.length, fields.length));
      return;
    }
    // A plain loop: building each row through entries arrays was a sixth of an import's preview.
    const row: Record<string, string> = {};
    for (let index = 0; index < columns.length; index++)
      row[columns[index] as string] = stripFormulaGuard(fields[index] ?? '');
    const result = options.validate(row, { line });
    if (result.ok) {
      yield { kind: 'row', line, value: result.value };
      return;
    }
    for (const error of result.errors) {
      if (stopped) return;
      yield* rowError(line, error.column ?? null, error.message);
    }
  }

  function* rowError(
    line: number,
    column: string | null,
    problem: string,
  ): Generator<CsvImportItem<T>> {
    const where = column === null ? `line ${line}` : `line ${line}, column "${column}"`;
    yield { kind: 'error', fatal: false, line, column, message: `${where}: ${problem}` };
    errorCount += 1;
    if (errorCount >= options.maxErrors) {
      stopped = true;
      yield {
        kind: 'error',
        fatal: true,
        line,
        column: null,
        message: `line ${line}: stopped after ${errorCount} errors; fix these and upload the file again`,
      };
    }
  }

  return {
    accept,
    get stopped() {
      return stopped;
    },
    get sawHeader() {
      return columns !== undefined || stopped;
    },
  };
}

function raggedMessage(expected: number, found: number): string {
  const hint =
    found > expected
      ? 'a value probably contains the delimiter and needs quotes'
      : 'a value is probably missing';
  return `expected ${expected} fields like the header, found ${found}; ${hint}`;
}
