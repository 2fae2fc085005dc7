'use client';

import type { Citation } from '~/components/citation';
import { TableBox, td, tdNum, thWrap } from '~/components/ui/section';
import { ValueDisclosure } from '~/components/value-disclosure';

/** A table cell as the server words it: its text, and what goes with it. */
export interface WordedCell {
  text: string;
  /** The text is a figure whose sources open from it; `label` names it for screen readers. */
  figure?: { label?: string; citations: Citation[] };
  /** A stand-in rather than a value ("—", "share only", "not stated"). */
  muted?: boolean;
  /** Small lines under the value: its date, unit, coverage or notes. */
  notes?: string[];
  /** Who reported the figure: a last line that may wrap even in a column of numbers. */
  byline?: string;
  num?: boolean;
  className?: string;
  testId?: string;
}

export interface WordedRow {
  key: string | number;
  cells: WordedCell[];
}

function Value({ cell }: { cell: WordedCell }) {
  if (cell.figure)
    return (
      <ValueDisclosure
        text={cell.text}
        label={cell.figure.label}
        citations={cell.figure.citations}
      />
    );
  if (cell.muted) return <span className="text-muted">{cell.text}</span>;
  return cell.text;
}

/**
 * A table of investment figures drawn in the browser from its cells' words. A client component because
 * these tables repeat a few values per cell over dozens of rows: they cross to the browser as those
 * values, not as their markup, which in the page's RSC payload weighed more than the HTML itself.
 */
export function WordedTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: { label: string; num?: boolean }[];
  rows: WordedRow[];
}) {
  return (
    <TableBox caption={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} className={c.num ? `${thWrap} text-right` : thWrap}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td
                key={i}
                className={`${cell.num ? tdNum : td}${cell.className ? ` ${cell.className}` : ''}`}
                data-testid={cell.testId}
              >
                <Value cell={cell} />
                {cell.notes?.map((n) => (
                  <span key={n} className="note">
                    {n}
                  </span>
                ))}
                {cell.byline ? <span className="note whitespace-normal">{cell.byline}</span> : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}
