import { countryName } from '@tianshan/model';
import type { TradeCoverage } from '../queries/trade-coverage';
import type { ExportColumn } from './export-query';

export const COVERAGE_CSV_COLUMNS = [
  { name: 'country_iso2', kind: 'text' },
  { name: 'country', kind: 'text' },
  { name: 'reporter_group', kind: 'text' },
  { name: 'year', kind: 'number' },
  { name: 'status', kind: 'text' },
  { name: 'total_usd', kind: 'number' },
  { name: 'qualifier', kind: 'text' },
  { name: 'conflicting_reports', kind: 'number' },
  { name: 'part_year_period', kind: 'text' },
] as const satisfies readonly ExportColumn[];

export type CoverageCsvRow = Record<(typeof COVERAGE_CSV_COLUMNS)[number]['name'], unknown>;

/**
 * The grid as the page shows it, one line per cell, gaps included (status `gap`, no total): a reader
 * counting years in a spreadsheet must see the missing ones, never a zero.
 */
export function* coverageCsvRows(coverage: TradeCoverage): Generator<CoverageCsvRow> {
  for (const grid of coverage.grids) {
    for (const row of grid.rows) {
      for (const cell of row.cells) {
        yield {
          country_iso2: row.country,
          country: countryName(row.country),
          reporter_group: grid.reporterGroup,
          year: cell.year,
          status: cell.status,
          total_usd: cell.totalUsd,
          qualifier: cell.qualifier,
          conflicting_reports: cell.conflictingReports || null,
          part_year_period: cell.status === 'part-year' ? cell.partYearPeriod : null,
        };
      }
    }
  }
}
