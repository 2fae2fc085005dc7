/** What a per-row validator says about one row. `column: null` is a problem of the row as a whole. */
export type CsvRowResult<T> =
  { ok: true; value: T } | { ok: false; errors: { column?: string | null; message: string }[] };

/**
 * Validates one row. `row` holds every header column (spelled as the caller spelled it in
 * `columns` / `optionalColumns`); optional columns absent from the file are absent from `row`.
 * Values are exactly as in the file (not trimmed), except for the formula guard (see README).
 */
export type CsvRowValidator<T> = (
  row: Record<string, string>,
  context: { line: number },
) => CsvRowResult<T>;

export interface CsvImportError {
  /** 1-based line where the record starts; null for problems of the whole file (size). */
  line: number | null;
  column: string | null;
  /** A complete sentence for the user, starting with the line (and column) it is about. */
  message: string;
}

export type CsvImportItem<T> =
  | { kind: 'row'; line: number; value: T }
  | ({
      kind: 'error';
      /** The import stopped here; nothing follows. */ fatal: boolean;
    } & CsvImportError);

export interface CsvImportOptions<T> {
  /** Columns the header must have. Matched ignoring case and surrounding spaces. */
  columns: readonly string[];
  /** Columns the header may have. */
  optionalColumns?: readonly string[];
  validate: CsvRowValidator<T>;
  /** Largest accepted file in bytes. Default 25 MiB. */
  maxBytes?: number;
  /** Longest accepted record in bytes. Default 1 MiB. */
  maxRecordBytes?: number;
  /** After this many row errors the import stops with a fatal error. Default 100. */
  maxErrors?: number;
  /** Called after each chunk with the bytes read so far, for a progress bar. */
  onProgress?: (bytesRead: number) => void;
}
