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
}
