import type { RouterOutputs } from '@tianshan/api';
import { REPORTER_LABELS } from '@tianshan/model';
import { ChartCoverage } from '~/components/chart-coverage';
import { viewHref } from '~/filters/view-links';
import { api } from '~/trpc/server';
import type { Country } from './country';

type Props = {
  country: Country;
  chart: RouterOutputs['trade']['series']['chart'];
};

/** Under the trade chart: the years of its span each reporter covers, and each series' newest period. */
export async function TradeCoverageSection({ country, chart }: Props) {
  const coverage = await (
    await api()
  ).trade.coverage({
    countries: [country.code],
    reporterGroups: ['china', 'partner'],
  });
  const seriesOf = (group: 'china' | 'partner') =>
    coverage.series.find((s) => s.country === country.code && s.reporterGroup === group);
  return (
    <section aria-labelledby="trade-coverage" className="space-y-1">
      <h2 id="trade-coverage" className="text-sm font-semibold">
        How complete the trade chart is
      </h2>
      <ChartCoverage
        href={viewHref.coverage({ country: [country.code] })}
        lines={[
          {
            label: "China's customs",
            values: chart.map((row) => row.cn),
            series: seriesOf('china'),
          },
          {
            label: REPORTER_LABELS[country.code],
            values: chart.map((row) => row.partner),
            series: seriesOf('partner'),
          },
        ]}
      />
    </section>
  );
}
