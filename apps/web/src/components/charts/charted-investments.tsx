'use client';

import { DownloadCsv } from '~/components/ui/section';
import { ChartTable } from './chart-table';
import { LazyInvestmentScatter } from './lazy-charts';
import { scopeColour } from './palette';
import type { InvestmentPanel } from './shape/investment-panels';

/** The chart's download: the page's filters, narrowed to the kind and coverage the chart draws. */
function panelDownload(query: string, panel: InvestmentPanel): string {
  const params = new URLSearchParams(query);
  params.delete('metric');
  params.append('metric', panel.metricKind);
  params.delete('coverage');
  params.append('coverage', panel.coverage);
  params.set('unit', panel.unit);
  return `/export/investment-chart.csv?${params.toString()}`;
}

/**
 * One kind's chart with its heading, download, key of countries, caption and table, all from one copy
 * of its marks: as a client component's props they cross to the browser once, instead of once as the
 * chart's props and again as the markup around it.
 */
export function ChartedInvestments({
  panel,
  query,
  where,
}: {
  panel: InvestmentPanel;
  /** The page's own investment query string: the chart's download keeps it. */
  query: string;
  where: string;
}) {
  const headingId = `investment-chart-${panel.key.replace(/[^a-z0-9-]/g, '-')}`;
  const figures = panel.marks.length;
  return (
    <figure aria-labelledby={headingId} className="min-w-0 space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="font-semibold">
          {panel.label}
        </h3>
        <DownloadCsv
          href={panelDownload(query, panel)}
          what={`the ${panel.label} chart's figures`}
        />
      </div>
      <LazyInvestmentScatter panel={panel} />
      <ul className="flex flex-wrap gap-x-3 text-xs" aria-hidden="true">
        {panel.scopes.map((scope) => (
          <li key={scope} className="flex items-center gap-1">
            <span
              className="inline-block h-2.5 w-2.5 rounded-full"
              style={{ background: scopeColour(scope) }}
            />
            {panel.marks.find((m) => m.scope === scope)?.scopeName ?? scope}
          </li>
        ))}
      </ul>
      <figcaption className="text-xs text-muted">
        {figures} figure{figures === 1 ? '' : 's'} for {where}; each marker opens its source.
      </figcaption>
      <ChartTable
        name={panel.key}
        caption={`${panel.label}: the figures in the chart`}
        columns={['Country', 'Date', 'Figure', 'What the source measured', 'Source']}
        rows={panel.marks.map((m) => ({
          key: m.id,
          data: { 'data-id': m.id, 'data-qualifier': m.qualifier },
          cells: [m.scopeName, m.dateLabel, m.valueLabel, m.metricLabel, m.source?.title ?? '—'],
        }))}
      />
    </figure>
  );
}
