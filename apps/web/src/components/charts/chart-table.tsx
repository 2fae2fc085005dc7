import type { ReactNode } from 'react';

interface ChartTableRow {
  key: string | number;
  /** The row's data-* attributes, by which specs match rows to what the chart draws. */
  data?: Record<`data-${string}`, string | number>;
  cells: ReactNode[];
}

/**
 * A chart's data as a table for screen readers, visually hidden: no chart is the only way to its
 * figures. A table ignores `width: 1px`, so the clipping box is a block around it.
 */
export function ChartTable({
  name,
  caption,
  columns,
  rows,
}: {
  /** `data-chart-table`: which chart the table stands for. */
  name: string;
  caption: string;
  columns: string[];
  rows: ChartTableRow[];
}) {
  return (
    <div className="sr-only">
      <table data-chart-table={name}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} {...r.data}>
              {r.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
