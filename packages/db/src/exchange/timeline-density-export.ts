import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import { sqliteSql } from '../queries/reader/sqlite-reader';
import { timelineDensitySql } from '../queries/timeline-density';
import type { ExportColumn, ExportQuery } from './export-query';

/** The density chart's bars: one line per quarter (or year-only period) and kind. */
const TIMELINE_DENSITY_CSV_COLUMNS: readonly ExportColumn[] = [
  { name: 'period', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'kind', kind: 'text' },
  { name: 'count', kind: 'number' },
];

const dialect = new SQLiteSyncDialect();

export function timelineDensityExportQuery(_db: Db, filter: TimelineFilter): ExportQuery {
  const statement = timelineDensitySql(sqliteSql, filter);
  if (!statement)
    return { sql: 'SELECT NULL WHERE 0', params: [], columns: TIMELINE_DENSITY_CSV_COLUMNS };
  const { sql, params } = dialect.sqlToQuery(statement);
  return { sql, params, columns: TIMELINE_DENSITY_CSV_COLUMNS };
}
