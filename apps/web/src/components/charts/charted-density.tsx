'use client';

import { useState } from 'react';
import { ChartTable } from './chart-table';
import { LazyTimelineDensity } from './lazy-charts';
import { periodLabel, periodRange } from './shape/density-periods';
import { densitySegments, densityYears } from './shape/density-segments';
import type { DensityChart } from './shape/timeline-density';

/** A bar segment's link: the list narrowed to that period and kind, all other filters kept. */
function segmentHref(query: string, period: string, series: string) {
  const [type = '', kind = ''] = series.split(':');
  const { from, to } = periodRange(period);
  const params = new URLSearchParams(query);
  for (const key of ['from', 'to', 'milestone', 'event']) params.delete(key);
  params.set('from', from);
  params.set('to', to);
  params.append(type === 'milestone' ? 'milestone' : 'event', kind);
  return `/timeline?${params.toString()}`;
}

/**
 * The density chart and its table from one copy of the counts, with the segments' links worked out in
 * the browser from the page's query string rather than sent (or built on the server) one by one.
 */
export function ChartedDensity({
  chart,
  query,
  activePeriod,
}: {
  chart: DensityChart;
  /** The page's own timeline query string: every segment's link keeps its other filters. */
  query: string;
  activePeriod: string | null;
}) {
  const labelOf = new Map(chart.series.map((s) => [s.key, s.label]));
  const segments = densitySegments(chart);
  // Built as the chart draws a segment, in the browser: building every link up front cost the server's
  // render of /timeline about 2.6 ms a request for a chart it does not draw.
  const hrefOf = (period: string, series: string) => segmentHref(query, period, series);
  // A row per year and kind: a row per quarter made the page's table hundreds of rows long on a long
  // timeline. The quarters are one press away, drawn here from the counts the chart already has.
  const [byQuarter, setByQuarter] = useState(false);
  const rows = byQuarter ? segments : densityYears(segments);
  return (
    <>
      <LazyTimelineDensity chart={chart} hrefOf={hrefOf} activePeriod={activePeriod} />
      <button
        type="button"
        aria-pressed={byQuarter}
        onClick={() => setByQuarter((q) => !q)}
        className="sr-only focus:not-sr-only focus:rounded focus:border focus:border-line focus:px-2 focus:py-1 focus:text-xs"
      >
        Table by quarter
      </button>
      <ChartTable
        name="timeline-density"
        caption={`Entries per ${byQuarter ? 'quarter' : 'year'} and kind, as a table`}
        columns={['Period', 'Kind', 'Entries']}
        rows={rows.map((s) => ({
          key: `${s.period}|${s.series}`,
          // Only a quarter's row is a segment the chart draws; a year's row sums several.
          data: { [byQuarter ? 'data-segment' : 'data-year']: `${s.period}|${s.series}` },
          cells: [
            byQuarter ? periodLabel(s.period) : s.period,
            labelOf.get(s.series) ?? s.series,
            s.count,
          ],
        }))}
      />
    </>
  );
}
