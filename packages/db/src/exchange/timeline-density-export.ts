import type { TimelineFilter } from '@tianshan/model';
import { timelineDensitySql } from '../queries/timeline-density';
import type { ExportColumn, PortableExport } from './export-query';

/** The density chart's bars: one line per quarter (or year-only period) and kind. */
const TIMELINE_DENSITY_CSV_COLUMNS: readonly ExportColumn[] = [
  { name: 'period', kind: 'text' },
  { name: 'type', kind: 'text' },
  { name: 'kind', kind: 'text' },
  { name: 'count', kind: 'number' },
];

/** The chart's own statement: the download lists exactly its bars, on either database. */
export function timelineDensityExport(filter: TimelineFilter): PortableExport {
  return {
    columns: TIMELINE_DENSITY_CSV_COLUMNS,
    statement: (dialect) => timelineDensitySql(dialect, filter),
  };
}
