'use client';

import { ChartTable } from './chart-table';
import { LazyInvestmentScatter } from './lazy-charts';
import type { InvestmentPanel } from './shape/investment-panels';

/** One kind's chart and its table from one copy of its marks (see ChartedLanes). */
export function ChartedInvestments({ panel }: { panel: InvestmentPanel }) {
  return (
    <>
      <LazyInvestmentScatter panel={panel} />
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
    </>
  );
}
