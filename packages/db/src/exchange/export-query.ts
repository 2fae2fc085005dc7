import type { CsvColumnKind } from '@tianshan/csv/write';

export interface ExportColumn {
  name: string;
  kind: CsvColumnKind;
}

/** A ready-to-run SELECT whose result columns are exactly `columns`, in order. */
export interface ExportQuery {
  sql: string;
  params: unknown[];
  columns: readonly ExportColumn[];
  /**
   * The columns that together name one row, `['id']` when left out. The last must be an indexed id:
   * exports are read in pages looked up by it (see stream-rows.ts).
   */
  key?: readonly string[];
}
