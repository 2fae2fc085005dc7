import type { SQL } from 'drizzle-orm';
import type { CsvColumnKind } from '@tianshan/csv/write';
import type { SqlDialect } from '../queries/reader/reader';

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

/**
 * An export written once for both databases: its statement over a dialect's tables, its result columns
 * exactly `columns` in order (rows are read by position); null when the filter can match nothing.
 */
export interface PortableExport {
  columns: readonly ExportColumn[];
  statement(dialect: SqlDialect): SQL | null;
}
