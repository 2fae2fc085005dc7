import type { RouterOutputs } from '@tianshan/api';
import { ChartedInvestments } from '~/components/charts/charted-investments';
import { investmentPanels } from '~/components/charts/shape/investment-panels';
import { EmptyState } from '~/components/ui/section';

type Props = {
  points: RouterOutputs['investments']['chart'];
  /** The page's own investment query string (`?country=KZ…` or empty): each chart's download keeps it. */
  query: string;
  /** Where the charts are, for headings and captions: "Kazakhstan" or "the selected countries". */
  where: string;
};

/** How markers read, once for every chart. */
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
    <div className="space-y-2">
      <Key />
      <div className="grid gap-6 lg:grid-cols-2">
        {panels.map((panel) => (
          <ChartedInvestments key={panel.key} panel={panel} query={query} where={where} />
        ))}
      </div>
    </div>
  );
}
