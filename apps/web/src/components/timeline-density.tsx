import Link from 'next/link';
import type { RouterOutputs } from '@tianshan/api';
import { ChartedDensity } from '~/components/charts/charted-density';
import { periodRange } from '~/components/charts/shape/density-periods';
import { densityChart } from '~/components/charts/shape/timeline-density';
import { DownloadCsv } from '~/components/ui/section';

type Props = {
  rows: RouterOutputs['timeline']['density'];
  /** The page's own timeline query string: every bar's link keeps its other filters. */
  query: string;
  downloadHref: string;
  from?: string;
  to?: string;
};

/** How many milestones and events each quarter holds, by kind, above the list it filters. */
export function TimelineDensity({ rows, query, downloadHref, from, to }: Props) {
  const chart = densityChart(rows);
  if (chart.periods.length === 0) return null;
  const active =
    chart.periods.find((p) => {
      const range = periodRange(p);
      return range.from === from && range.to === to;
    }) ?? null;
  const withoutPeriod = new URLSearchParams(query);
  withoutPeriod.delete('from');
  withoutPeriod.delete('to');
  return (
    <figure
      className="min-w-0 space-y-2"
      aria-labelledby="density-title"
      data-testid="timeline-density"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="density-title" className="text-lg font-semibold">
          Entries per quarter, by kind
        </h2>
        <DownloadCsv href={downloadHref} what="the chart's counts" />
      </div>
      <ChartedDensity chart={chart} query={query} activePeriod={active} />
      {/* Fourteen kinds make a key taller than the chart on a phone: there it folds, so the list
          below still starts on the first screen; on wide screens it is always open (globals.css). */}
      <details className="key-disclosure text-xs text-muted">
        <summary className="cursor-pointer">Colour key</summary>
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-hidden="true">
          {chart.series.map((s) => (
            <li key={s.key} className="flex items-center gap-1">
              <span className="inline-block h-2.5 w-2.5" style={{ background: s.colour }} />
              {s.label}
            </li>
          ))}
        </ul>
      </details>
      <figcaption className="text-xs text-muted">
        Select a bar to list its entries. Entries dated to a year only are counted in their own bar
        before that year&apos;s quarters, never spread over them.
        {from || to ? (
          <>
            {' '}
            <Link
              className="text-accent underline"
              href={`/timeline${withoutPeriod.size ? `?${withoutPeriod.toString()}` : ''}`}
            >
              Show every period
            </Link>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
