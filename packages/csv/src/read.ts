import { parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line in the file where the record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a whole CSV text with a header row: UTF-8 with or without BOM, comma separated, CRLF or LF,
 * RFC 4180 quoting. For user uploads use the streaming importer, which also reports bad rows.
 */
export function readCsvText(text: string): CsvRecord[] {
  const rows = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    relax_column_count: false,
    info: true,
  });
  return rows.map((r) => ({ line: r.info.lines, values: r.record }));
}
