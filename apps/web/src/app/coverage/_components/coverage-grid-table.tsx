'use client';

import { TableBox } from '~/components/ui/section';

/**
 * A cell as the server words it: its year, what it holds (a preferred full-year figure, part-year
 * figures only, or a gap), the text shown, and a note (conflicting reports, or the part-year span).
 */
export type GridCell = [
  year: number,
  status: 'figure' | 'part-year' | 'gap',
  text: string,
  note: string,
];

interface GridRow {
  country: string;
  name: string;
  /** The trade explorer for this country and group's reporters: the cell adds its year and periods. */
  figures: string;
  /** The add form for this row, prefilled but for the year (editors only). */
  add: string | null;
  yearsWithFigures: number;
  cells: GridCell[];
}

const PART_YEAR = ['half', 'quarter', 'month', 'ytd'].map((p) => `&period=${p}`).join('');

function Cell({ group, row, cell }: { group: string; row: GridRow; cell: GridCell }) {
  const [year, status, text, note] = cell;
  if (status === 'gap')
    return row.add ? (
      <a
        href={`${row.add}&year=${year}`}
        className="link block text-center"
        aria-label={`No figure for ${row.name} ${year}, ${group}: add one`}
      >
        add
      </a>
    ) : (
      <span className="sr-only">no figure</span>
    );
  const years = `&from=${year}&to=${year}`;
  if (status === 'part-year')
    return (
      <a href={`${row.figures}${years}${PART_YEAR}`} className="link">
        {text}
        {note ? <span className="block text-muted">{note}</span> : null}
      </a>
    );
  return (
    <>
      <a href={`${row.figures}${years}&period=year`} className="link font-medium">
        {text}
      </a>
      {note ? <span className="cov-note">{note}</span> : null}
    </>
  );
}

/**
 * One reporter group's countries × years. A client component because it is the one table on the site
 * with hundreds of cells made from a few values each: they cross to the browser as those values, not
 * as their markup, which would weigh more than the HTML itself.
 */
export function CoverageGridTable({
  group,
  label,
  years,
  rows,
}: {
  group: string;
  label: string;
  years: number[];
  rows: GridRow[];
}) {
  return (
    <TableBox caption={`Years with trade figures: ${label}`}>
      <thead>
        <tr>
          <th scope="col" className="cov-head text-left">
            Country
          </th>
          {years.map((y) => (
            <th key={y} scope="col" className="cov-head text-xs">
              {y}
            </th>
          ))}
          <th scope="col" className="cov-head text-xs">
            Years with figures
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.country}>
            <th scope="row" className="cov-head text-left whitespace-nowrap">
              {row.name}
            </th>
            {row.cells.map((cell) => (
              <td
                key={cell[0]}
                className={cell[1] === 'gap' ? 'cov cov-gap' : 'cov'}
                data-testid={`cell-${group}-${row.country}-${cell[0]}`}
                data-status={cell[1]}
              >
                <Cell group={label} row={row} cell={cell} />
              </td>
            ))}
            <td className="cov" data-testid={`years-${group}-${row.country}`}>
              {row.yearsWithFigures} of {years.length}
            </td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}
