import type { RouterOutputs } from '@tianshan/api';
import { COUNTRIES } from '@tianshan/model';
import { ChartCoverage } from '~/components/chart-coverage';
import { viewHref } from '~/filters/view-links';
import { api } from '~/trpc/server';

type Props = { chart: RouterOutputs['trade']['byCountryYear']['chart'] };

/** How much of the "trade by country over time" chart has figures, and how recent each line is. */
export async function TradeCoverage({ chart }: Props) {
  const coverage = await (await api()).trade.coverage({ reporterGroups: ['china'] });
  return (
    <section aria-labelledby="trade-coverage" className="space-y-1">
      <h2 id="trade-coverage" className="text-sm font-semibold">
        How complete the chart is (China&apos;s customs)
      </h2>
      <ChartCoverage
        href={viewHref.coverage({ reporterGroup: ['china'] })}
        lines={COUNTRIES.map((c) => ({
          label: c.name,
          values: chart.map((row) => row[c.code]),
          series: coverage.series.find((s) => s.country === c.code && s.reporterGroup === 'china'),
        }))}
      />
    </section>
  );
}
