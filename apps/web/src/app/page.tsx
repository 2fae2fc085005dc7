import { COUNTRIES, EVENT_KINDS, type CountryCode } from '@tianshan/model';
import { api } from '~/trpc/server';
import { HeadlineCards } from './_components/headline-cards';
import { LatestActivity } from './_components/latest-activity';
import { ProjectsAndInvestment } from './_components/projects-and-investment';
import { TradeByCountry } from './_components/trade-by-country';
import { TradeCoverage } from './_components/trade-coverage';
import { TradeOverTime } from './_components/trade-over-time';

export const dynamic = 'force-dynamic';

export default async function OverviewPage() {
  const caller = await api();
  const [headline, byCountry, check, counts, window, freshness, locations, events, c5Investments] =
    await Promise.all([
      caller.trade.headline(),
      caller.trade.byCountryYear({ reporter: 'CN' }),
      caller.trade.aggregateCheck(),
      caller.projects.counts({}),
      caller.timeline.milestoneWindow({ count: 6 }),
      caller.sources.freshness(),
      caller.projects.locations({}),
      caller.timeline.list({ eventKinds: [...EVENT_KINDS], limit: 5 }),
      caller.investments.summary({ countries: ['C5'], coverages: ['china-country'] }),
    ]);
  // Each country's newest China-reported year: one early report for one country must not blank the others.
  const latestByCountry = COUNTRIES.flatMap((c) =>
    byCountry.cells.filter((x) => x.country === c.code).slice(-1),
  );
  const tradeByCountry = Object.fromEntries(
    latestByCountry.map((c) => [c.country, c.figure.totalUsd ?? undefined]),
  ) as Partial<Record<CountryCode, number>>;

  return (
    <div className="space-y-8">
      <HeadlineCards headline={headline} counts={counts} freshness={freshness} />
      <TradeByCountry latestByCountry={latestByCountry} check={check} />
      <TradeOverTime
        chart={byCountry.chart}
        tradeByCountry={tradeByCountry}
        locations={locations}
      />
      <TradeCoverage chart={byCountry.chart} />
      <ProjectsAndInvestment counts={counts} c5Investments={c5Investments} />
      <LatestActivity events={events} recentMilestones={window.recent} />
    </div>
  );
}
