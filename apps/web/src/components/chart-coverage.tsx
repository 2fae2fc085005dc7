import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { formatDueDate } from '@tianshan/model';

type Series = RouterOutputs['trade']['coverage']['series'][number];

/** A line of a chart: its values over the chart's span, and the series behind it. */
export interface CoveredLine {
  label: string;
  values: readonly (number | null)[];
  series: Series | undefined;
}

/**
 * Under a trade chart: how many years of its span each line has figures for, how recent each series
 * is, and whether its publisher has released something newer ("due since …").
 */
export function ChartCoverage({ lines, href }: { lines: CoveredLine[]; href: string }) {
  return (
    <div className="space-y-1 text-xs text-muted" data-testid="chart-coverage">
      <ul className="space-y-0.5">
        {lines.map((line) => {
          const withFigures = line.values.filter((v) => v !== null).length;
          const dueSince = line.series?.freshness?.dueSince;
          return (
            <li key={line.label}>
              <span className="font-medium text-ink">{line.label}:</span> {withFigures} of{' '}
              {line.values.length} years
              {line.series?.latest ? `; latest: ${line.series.latest.label}` : '; no figures yet'}
              {dueSince ? (
                <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">
                  newer release due since {formatDueDate(dueSince)}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Link href={href} className="text-accent underline">
        Coverage of every year, and what is due
      </Link>
    </div>
  );
}
