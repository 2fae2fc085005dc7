import type { RouterOutputs } from '@tianshan/api';
import { ChartedInvestments } from '~/components/charts/charted-investments';
import { scopeColour } from '~/components/charts/palette';
import {
  investmentPanels,
  type InvestmentPanel,
} from '~/components/charts/shape/investment-panels';
import { DownloadCsv, EmptyState } from '~/components/ui/section';

type Props = {
  points: RouterOutputs['investments']['chart'];
  /** The page's own investment query string (`?country=KZ…` or empty): each chart's download keeps it. */
  query: string;
  /** Where the charts are, for headings and captions: "Kazakhstan" or "the selected countries". */
  where: string;
};

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

function Key() {
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
      <span>● exact or about</span>
      <span>○↑ more than (a lower bound)</span>
      <span>○↓ at most (an upper bound)</span>
      <span>├─┤ the span the date covers (a year, a month)</span>
    </p>
  );
}

/**
 * Investment over time, one chart per kind of figure. Kinds are never on one axis: a stock, a yearly flow
 * and an official's cumulative total measure different things.
 */
export function InvestmentCharts({ points, query, where }: Props) {
  const panels = investmentPanels(points);
  if (panels.length === 0)
    return <EmptyState>No dated investment amount to chart for {where}.</EmptyState>;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {panels.map((panel) => {
        const headingId = `investment-chart-${panel.key.replace(/[^a-z0-9-]/g, '-')}`;
        return (
          <figure key={panel.key} aria-labelledby={headingId} className="min-w-0 space-y-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 id={headingId} className="font-semibold">
                {panel.label}
              </h3>
              <DownloadCsv
                href={panelDownload(query, panel)}
                what={`the ${panel.label} chart's figures`}
              />
            </div>
            <ChartedInvestments panel={panel} />
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
            <Key />
            <figcaption className="text-xs text-muted">
              {panel.marks.length} figure{panel.marks.length === 1 ? '' : 's'} for {where}; each
              marker opens its source.
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
