/**
 * How a column's values are written:
 * - `text`: any string (numbers and booleans are written with String()); neutralised against
 *   formula injection.
 * - `number`: a number, bigint or plain decimal string ("565.8"), written as a plain number:
 *   no thousands separators, no exponent, never quoted or prefixed.
 * - `date`: an ISO date string written as given ("2021", "2021-06", "2021-06-30"), or a Date
 *   written with toISOString().
 * - `boolean`: written as `true` / `false`.
 * null and undefined are an empty cell in every kind.
 */
export type CsvColumnKind = 'text' | 'number' | 'date' | 'boolean';

export interface CsvColumn<Row extends object = Record<string, unknown>> {
  /** Property of the row object that holds the value. */
  name: Extract<keyof Row, string>;
  kind: CsvColumnKind;
  /** Header text; defaults to `name`. */
  header?: string;
}

export interface CsvWriteOptions {
  /**
   * Start the file with a UTF-8 byte order mark. Excel needs it to open a UTF-8 file with
   * Chinese or Cyrillic text correctly, so downloads meant for spreadsheets should set it.
   * Default false.
   */
  bom?: boolean;
}
