import type { RouterOutputs } from '@tianshan/api';
import { COUNTRIES, type CountryCode } from '@tianshan/model';
import { LazyLineChart } from '~/components/charts/lazy-charts';
import { CentralAsiaMap } from '~/components/map/central-asia-map';
import { DownloadCsv } from '~/components/ui/section';
import { FIVE_CN_YEARS } from './five-cn-years';

type Props = {
  chart: RouterOutputs['trade']['byCountryYear']['chart'];
  tradeByCountry: Partial<Record<CountryCode, number>>;
  locations: RouterOutputs['projects']['locations'];
};

/** The five countries' trade as lines over the years, beside the map of where the projects are. */
export function TradeOverTime({ chart, tradeByCountry, locations }: Props) {
  return (
    <section aria-labelledby="trade-time" className="grid gap-6 lg:grid-cols-2">
      <div>
        <h2 id="trade-time" className="mb-2 text-xl font-semibold">
          Trade by country over time (China&apos;s customs)
        </h2>
        <LazyLineChart
          xKey="year"
          data={chart}
          series={COUNTRIES.map((c) => ({ key: c.code, label: c.name }))}
        />
        <p className="text-xs text-muted">
          China-reported calendar-year totals. Years no source reported are gaps, not zeros.
        </p>
        <DownloadCsv href={FIVE_CN_YEARS} what="the chart's data" />
      </div>
      <div>
        <h2 className="mb-2 text-xl font-semibold">Where the projects are</h2>
        <CentralAsiaMap
          tradeByCountry={tradeByCountry}
          projects={locations.grouped ? [] : locations.points}
          areas={locations.grouped ? locations.areas : []}
          caption={`The five countries shaded by their latest reported trade with China, with ${locations.total.toLocaleString('en-US')} project locations${locations.grouped ? ' grouped by area' : ''}`}
        />
      </div>
    </section>
  );
}
