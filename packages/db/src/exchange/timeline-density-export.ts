import type { TimelineFilter } from '@tianshan/model';
import type { Db } from '../client';
import { timelineDensityQuery } from '../queries/timeline-density';
import type { ExportColumn, ExportQuery } from './export-query';

/** The density chart's bars: one line per quarter (or year-only period) and kind. */
const TIMELINE_DENSITY_CSV_COLUMNS: readonly ExportColumn[] = [
  { name: 'period', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'kind', kind: 'text' },
  { name: 'count', kind: 'number' },
];

export function timelineDensityExportQuery(db: Db, filter: TimelineFilter): ExportQuery {
  const parts = timelineDensityQuery(db, filter);
  if (parts.length === 0)
    return { sql: 'SELECT NULL WHERE 0', params: [], columns: TIMELINE_DENSITY_CSV_COLUMNS };
  return {
    // Positions, not names: the generated SQL leaves computed columns unaliased.
    sql: `SELECT * FROM (${parts.map((p) => p.sql).join(' UNION ALL ')}) ORDER BY 1, 2, 3`,
    params: parts.flatMap((p) => p.params),
    columns: TIMELINE_DENSITY_CSV_COLUMNS,
  };
}
