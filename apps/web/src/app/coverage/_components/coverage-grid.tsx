import Link from 'next/link';
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
import { TableBox } from '~/components/ui/section';
import { viewHref } from '~/filters/view-links';

type Coverage = RouterOutputs['trade']['coverage'];
type Grid = Coverage['grids'][number];
type Row = Grid['rows'][number];
type Cell = Row['cells'][number];

const PART_YEAR_KINDS = ['half', 'quarter', 'month', 'ytd'] as const;

/** A gap is drawn as a hatched cell, so a missing year never reads as an empty-but-zero one. */
const GAP = 'bg-[repeating-linear-gradient(135deg,#f1f5f9_0,#f1f5f9_4px,#ffffff_4px,#ffffff_8px)]';
// `relative`: a gap's screen-reader text is absolutely positioned and must stay within its cell; placed
// at its static position far to the right, it would widen the page beyond the table's own scroll box.
const cellBase =
  'relative border border-line p-1.5 text-right align-top text-xs tabular-nums whitespace-nowrap';

/** The trade explorer filtered to the cell's country, year and reporters. */
function figuresHref(group: ReporterGroup, row: Row, cell: Cell): string {
  return viewHref.trade({
    country: [row.country],
    from: cell.year,
    to: cell.year,
    reporter: reportersOfGroup(group, row.country),
    period: cell.status === 'figure' ? ['year'] : [...PART_YEAR_KINDS],
  });
}

function addHref(group: ReporterGroup, row: Row, cell: Cell, returnTo: string): string {
  const query = new URLSearchParams({ scope: row.country, year: String(cell.year), period: 'FY' });
  // "Others" is several reporters: the editor picks which one the source is.
  if (group !== 'others') query.set('reporter', reportersOfGroup(group, row.country)[0] ?? 'CN');
  query.set('returnTo', returnTo);
  return `/admin/records/trade-report/new?${query.toString()}`;
}

function CellContent({ group, row, cell, addTo }: CellProps) {
  const where = `${countryName(row.country)} ${cell.year}, ${REPORTER_GROUP_LABELS[group]}`;
  if (cell.status === 'gap') {
    return addTo ? (
      <Link
        href={addHref(group, row, cell, addTo)}
        className="block text-center text-accent underline"
        aria-label={`No figure for ${where}: add one`}
      >
        add
      </Link>
    ) : (
      <span className="sr-only">no figure</span>
    );
  }
  const href = figuresHref(group, row, cell);
  if (cell.status === 'part-year') {
    return (
      <Link href={href} className="text-accent underline">
        part-year only
        {cell.partYearPeriod ? (
          <span className="block text-muted">
            {formatPeriodSpan(cell.year, cell.partYearPeriod)}
          </span>
        ) : null}
      </Link>
    );
  }
  return (
    <>
      <Link href={href} className="font-medium text-accent underline">
        {cell.totalUsd !== null
          ? qualified(cell.qualifier ?? 'exact', formatUsd(cell.totalUsd))
          : 'flows only'}
      </Link>
      {cell.conflictingReports ? (
        <span className="mt-0.5 block rounded bg-amber-100 px-1 text-amber-900">
          {cell.conflictingReports} conflicting reports
        </span>
      ) : null}
    </>
  );
}

type CellProps = { group: ReporterGroup; row: Row; cell: Cell; addTo: string | null };

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
      <TableBox caption={`Years with trade figures: ${REPORTER_GROUP_LABELS[group]}`}>
        <thead>
          <tr>
            <th scope="col" className="border border-line p-1.5 text-left">
              Country
            </th>
            {years.map((y) => (
              <th key={y} scope="col" className="border border-line p-1.5 text-right text-xs">
                {y}
              </th>
            ))}
            <th scope="col" className="border border-line p-1.5 text-right text-xs">
              Years with figures
            </th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.country}>
              <th scope="row" className="border border-line p-1.5 text-left whitespace-nowrap">
                {countryName(row.country)}
              </th>
              {row.cells.map((cell) => (
                <td
                  key={cell.year}
                  className={`${cellBase} ${cell.status === 'gap' ? GAP : ''}`}
                  data-testid={`cell-${group}-${row.country}-${cell.year}`}
                  data-status={cell.status}
                >
                  <CellContent group={group} row={row} cell={cell} addTo={addTo} />
                </td>
              ))}
              <td className={cellBase} data-testid={`years-${group}-${row.country}`}>
                {row.yearsWithFigures} of {years.length}
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
    </section>
  );
}
