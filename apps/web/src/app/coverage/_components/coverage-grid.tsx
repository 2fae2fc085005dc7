import type { RouterOutputs } from '@tianshan/api';
import {
  countryName,
  formatPeriodSpan,
  formatUsd,
  REPORTER_GROUP_LABELS,
  reportersOfGroup,
  type ReporterGroup,
} from '@tianshan/model';
import { qualified } from '~/components/qualified';
import { viewHref } from '~/filters/view-links';
import { CoverageGridTable, type GridCell } from './coverage-grid-table';

type Coverage = RouterOutputs['trade']['coverage'];
type Grid = Coverage['grids'][number];
type Row = Grid['rows'][number];
type Cell = Row['cells'][number];

/** The trade explorer for a row's country and reporters; each cell adds its year and periods. */
function figuresBase(group: ReporterGroup, row: Row): string {
  return viewHref.trade({ country: [row.country], reporter: reportersOfGroup(group, row.country) });
}

/** The add form for a row's gaps, prefilled but for the year (which each gap adds). */
function addBase(group: ReporterGroup, row: Row, returnTo: string): string {
  const query = new URLSearchParams({ scope: row.country, period: 'FY' });
  // "Others" is several reporters: the editor picks which one the source is.
  if (group !== 'others') query.set('reporter', reportersOfGroup(group, row.country)[0] ?? 'CN');
  query.set('returnTo', returnTo);
  return `/admin/records/trade-report/new?${query.toString()}`;
}

function cellOf(cell: Cell): GridCell {
  if (cell.status === 'gap') return [cell.year, 'gap', '', ''];
  if (cell.status === 'part-year')
    return [
      cell.year,
      'part-year',
      'part-year only',
      cell.partYearPeriod ? formatPeriodSpan(cell.year, cell.partYearPeriod) : '',
    ];
  return [
    cell.year,
    'figure',
    cell.totalUsd !== null
      ? qualified(cell.qualifier ?? 'exact', formatUsd(cell.totalUsd))
      : 'flows only',
    cell.conflictingReports ? `${cell.conflictingReports} conflicting reports` : '',
  ];
}

/**
 * One reporter group's countries × years. `addTo` (the page to come back to) is set for editors only:
 * then every gap links to the add form with its country, year and reporter filled in.
 */
export function CoverageGrid({
  grid,
  years,
  addTo,
}: {
  grid: Grid;
  years: number[];
  addTo: string | null;
}) {
  const group = grid.reporterGroup;
  return (
    <section aria-labelledby={`grid-${group}`} className="space-y-2">
      <h2 id={`grid-${group}`} className="text-xl font-semibold">
        {REPORTER_GROUP_LABELS[group]}
      </h2>
      <CoverageGridTable
        group={group}
        label={REPORTER_GROUP_LABELS[group]}
        years={years}
        rows={grid.rows.map((row) => ({
          country: row.country,
          name: countryName(row.country),
          figures: figuresBase(group, row),
          add: addTo ? addBase(group, row, addTo) : null,
          yearsWithFigures: row.yearsWithFigures,
          cells: row.cells.map(cellOf),
        }))}
      />
    </section>
  );
}
