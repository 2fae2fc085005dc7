import Link from 'next/link';
import {
  COUNTRIES,
  countryName,
  EVENT_KINDS,
  formatGrowth,
  formatPartialDate,
  formatPeriod,
  formatUsd,
  INVESTMENT_METRIC_LABELS,
  type CountryCode,
  type InvestmentMetric,
} from '@tianshan/model';
import { LazyBarCounts, LazyLineChart } from '~/components/charts/lazy-charts';
import { Figure } from '~/components/figure';
import { DownloadCsv } from '~/components/ui/section';
import { label } from '~/components/filters/filter-form';
import { CentralAsiaMap } from '~/components/map/central-asia-map';
import { TimelineList } from '~/components/timeline-list';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

/** The reports behind the country table and the chart: every China-reported calendar-year figure of the five. */
const FIVE_CN_YEARS = `/export/trade.csv?${COUNTRIES.map((c) => `country=${c.code}`).join('&')}&period=year&reporter=CN`;

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
      caller.investments.summary({ scopes: ['C5'] }),
    ]);
  // Each country's newest China-reported year: one early report for one country must not blank the others.
  const latestByCountry = COUNTRIES.flatMap((c) =>
    byCountry.filter((x) => x.country === c.code).slice(-1),
  );
  const latestCheck = check.at(-1);
  const tradeMap = Object.fromEntries(
    latestByCountry.map((c) => [c.country, c.figure.totalUsd ?? undefined]),
  ) as Partial<Record<CountryCode, number>>;
  const chartYears = [...new Set(byCountry.map((c) => c.year))].sort((a, b) => a - b);
  const span = chartYears.length
    ? Array.from(
        { length: (chartYears.at(-1) as number) - (chartYears[0] as number) + 1 },
        (_, i) => (chartYears[0] as number) + i,
      )
    : [];
  const chartData = span.map((year) => ({
    year,
    ...Object.fromEntries(
      COUNTRIES.map((c) => [
        c.code,
        byCountry.find((x) => x.year === year && x.country === c.code)?.figure.totalUsd ?? null,
      ]),
    ),
  }));

  return (
    <div className="space-y-8">
      <section aria-labelledby="headline" className="grid gap-4 md:grid-cols-3">
        <h1 id="headline" className="sr-only">
          China–Central Asia overview
        </h1>
        {headline ? (
          <div className="rounded-lg border border-line bg-white p-4" data-testid="headline-trade">
            <p className="text-sm text-muted">
              China–Central Asia trade, {formatPeriod(headline.latest.year, headline.latest.period)}{' '}
              (China&apos;s customs)
            </p>
            <p className="text-3xl">
              <Figure
                usd={headline.latest.totalUsd}
                qualifier={headline.latest.qualifier}
                sources={headline.latest.sources}
                label="Trade"
              />
            </p>
            <p className="text-sm text-muted">
              {headline.computedGrowthBp !== null
                ? `${formatGrowth(headline.computedGrowthBp)} on ${headline.latest.year - 1} (${headline.previous ? formatUsd(headline.previous.totalUsd ?? 0) : ''})`
                : headline.latest.yoyGrowthBp !== null
                  ? `${formatGrowth(headline.latest.yoyGrowthBp)} y/y as stated by the source`
                  : 'no comparable previous year'}
            </p>
          </div>
        ) : null}
        <div className="rounded-lg border border-line bg-white p-4">
          <p className="text-sm text-muted">Cooperation projects tracked</p>
          <p className="text-3xl font-medium">{counts.byStatus.reduce((s, c) => s + c.count, 0)}</p>
          <p className="text-sm text-muted">
            {counts.byStatus
              .filter((s) => s.status === 'operating' || s.status === 'under-construction')
              .map((s) => `${s.count} ${s.status.replace('-', ' ')}`)
              .join(' · ')}
          </p>
        </div>
        <div className="rounded-lg border border-line bg-white p-4">
          <p className="text-sm text-muted">Newest source</p>
          <p className="text-3xl font-medium">{freshness ? formatPartialDate(freshness) : '—'}</p>
          <p className="text-sm">
            <Link className="text-accent underline" href="/sources">
              All sources
            </Link>
          </p>
        </div>
      </section>

      <section aria-labelledby="by-country">
        <h2 id="by-country" className="mb-2 text-xl font-semibold">
          Trade with China by country, latest year (China&apos;s customs)
        </h2>
        <table className="w-full max-w-xl border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th className="p-2">Country</th>
              <th className="p-2">Year</th>
              <th className="p-2 text-right">Total trade</th>
            </tr>
          </thead>
          <tbody>
            {COUNTRIES.map((c) => {
              const cell = latestByCountry.find((x) => x.country === c.code);
              return (
                <tr key={c.code} className="border-b border-line">
                  <td className="p-2">
                    <Link className="text-accent underline" href={`/countries/${c.slug}`}>
                      {c.name}
                    </Link>
                  </td>
                  <td className="p-2 tabular-nums">{cell ? cell.year : ''}</td>
                  <td className="p-2 text-right" data-testid={`trade-${c.code}`}>
                    {cell ? (
                      <Figure
                        usd={cell.figure.totalUsd}
                        qualifier={cell.figure.qualifier}
                        sources={cell.figure.sources}
                        label={c.name}
                      />
                    ) : (
                      <span className="text-muted">no figure</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {latestCheck ? (
          <p className="mt-2 text-sm text-muted">
            Consistency check, {latestCheck.year}: the five countries sum to{' '}
            {formatUsd(latestCheck.sumOfCountriesUsd)}; China reports{' '}
            {formatUsd(latestCheck.reportedUsd)} for {countryName('C5').toLowerCase()}.
          </p>
        ) : null}
        <DownloadCsv
          href={FIVE_CN_YEARS}
          what="China-reported yearly trade of the five countries"
        />
      </section>

      <section aria-labelledby="trade-time" className="grid gap-6 lg:grid-cols-2">
        <div>
          <h2 id="trade-time" className="mb-2 text-xl font-semibold">
            Trade by country over time (China&apos;s customs)
          </h2>
          <LazyLineChart
            xKey="year"
            data={chartData}
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
            tradeByCountry={tradeMap}
            projects={locations.grouped ? [] : locations.points}
            areas={locations.grouped ? locations.areas : []}
            caption={`The five countries shaded by their latest reported trade with China, with ${locations.total.toLocaleString('en-US')} project locations${locations.grouped ? ' grouped by area' : ''}`}
          />
        </div>
      </section>

      <section aria-labelledby="status" className="grid gap-6 lg:grid-cols-2">
        <div>
          <h2 id="status" className="mb-2 text-xl font-semibold">
            Projects by status
          </h2>
          <LazyBarCounts
            data={[...counts.byStatus]
              .sort((a, b) => b.count - a.count)
              .map((s) => ({ label: label(s.status), count: s.count }))}
          />
          <ul className="sr-only">
            {counts.byStatus.map((s) => (
              <li key={s.status}>
                {label(s.status)}: {s.count}
              </li>
            ))}
          </ul>
          <DownloadCsv href="/export/projects.csv" what="all projects" />
        </div>
        <div>
          <h2 className="mb-2 text-xl font-semibold">Chinese investment in the five together</h2>
          <p className="mb-2 text-xs text-muted">
            The latest figure of each kind; kinds measure different things and are never added.
          </p>
          <ul className="space-y-2">
            {c5Investments.map((g) => (
              <li key={g.metricKind} className="rounded border border-line bg-white p-3 text-sm">
                <p className="text-muted">
                  {INVESTMENT_METRIC_LABELS[g.metricKind as InvestmentMetric] ?? g.metricKind} ·{' '}
                  {g.latest.asOfLabel ?? formatPartialDate(g.latest.asOf)}
                </p>
                <p className="text-lg">
                  <Figure
                    usd={g.latest.amountUsd}
                    qualifier={g.latest.qualifier}
                    sources={g.latest.sources}
                    label={g.latest.metricLabel}
                  />
                </p>
                <p className="text-xs">{g.latest.metricLabel}</p>
              </li>
            ))}
          </ul>
          <Link className="mt-2 inline-block text-sm text-accent underline" href="/investments">
            All investment figures
          </Link>
        </div>
      </section>

      <section aria-labelledby="events">
        <h2 id="events" className="mb-2 text-xl font-semibold">
          Latest relationship events
        </h2>
        <TimelineList entries={events} />
      </section>

      <section aria-labelledby="milestones">
        <h2 id="milestones" className="mb-2 text-xl font-semibold">
          Latest project milestones
        </h2>
        <ul className="space-y-2">
          {window.recent.map((m) => (
            <li key={m.id} className="rounded border border-line bg-white p-3 text-sm">
              <span className="font-medium tabular-nums">{formatPartialDate(m.date)}</span> —{' '}
              {m.project ? (
                <Link className="text-accent underline" href={`/projects/${m.project.id}`}>
                  {m.project.name}
                </Link>
              ) : null}
              : {m.description}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
