import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  countryBySlug,
  formatGrowth,
  formatPartialDate,
  formatPeriod,
  formatUsd,
  INVESTMENT_METRIC_LABELS,
  REPORTER_LABELS,
  type InvestmentMetric,
  type Reporter,
} from '@tianshan/model';
import { LazyLineChart } from '~/components/charts/lazy-charts';
import { Figure, qualified } from '~/components/figure';
import { SourceList } from '~/components/source-list';
import { TimelineList } from '~/components/timeline-list';
import { TradeFigure } from '~/components/trade-figure';
import { DownloadCsv, EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryBySlug((await params).slug);
  return { title: country ? `${country.name} and China` : 'Country not found' };
}

/** The most recently started projects; the projects page lists and filters all of them. */
const PROJECTS_SHOWN = 60;

export default async function CountryPage({ params }: Props) {
  const country = countryBySlug((await params).slug);
  if (!country) notFound();
  const code = country.code;
  const caller = await api();
  const [series, mirror, partYear, investments, projects, timeline, indicators] = await Promise.all(
    [
      caller.trade.series({ scope: code }),
      caller.trade.mirror({ country: code }),
      caller.trade.figures({ scopes: [code], periodKinds: ['half', 'quarter', 'month', 'ytd'] }),
      caller.investments.list({ scopes: [code], limit: 200, offset: 0 }),
      caller.projects.list({
        countries: [code],
        sort: 'start',
        dir: 'desc',
        limit: PROJECTS_SHOWN,
        offset: 0,
      }),
      caller.timeline.list({ countries: [code], limit: 40 }),
      caller.indicators.list({ scopes: [code] }),
    ],
  );

  const years = [...new Set(series.map((p) => p.year))].sort((a, b) => a - b);
  const point = (year: number, reporter: string) =>
    series.find((p) => p.year === year && p.reporter === reporter);
  // Every calendar year between the first and last report, so missing years show as gaps in the chart.
  const span = years.length
    ? Array.from(
        { length: (years.at(-1) as number) - (years[0] as number) + 1 },
        (_, i) => (years[0] as number) + i,
      )
    : [];
  const chartData = span.map((year) => ({
    year,
    cn: point(year, 'CN')?.totalUsd ?? null,
    cnExports: point(year, 'CN')?.chinaExportsUsd ?? null,
    cnImports: point(year, 'CN')?.chinaImportsUsd ?? null,
    partner: point(year, code)?.totalUsd ?? null,
  }));
  const tradeRows = [...series].sort(
    (a, b) => b.year - a.year || a.reporter.localeCompare(b.reporter),
  );

  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm text-muted">
          <Link href="/" className="text-accent underline">
            Overview
          </Link>{' '}
          / Countries
        </p>
        <h1 className="text-3xl font-semibold">{country.name} and China</h1>
        <p className="text-muted">
          Capital: {country.capital}. Trade, Chinese investment, cooperation projects and
          milestones, each with its source.
        </p>
      </header>

      <Section
        id="trade"
        title="Trade over time (calendar years)"
        actions={
          <DownloadCsv
            href={`/export/trade.csv?country=${code}`}
            what={`${country.name}'s trade reports`}
          />
        }
      >
        <p className="text-sm text-muted">
          Solid lines are China&apos;s customs figures; the dashed line is {country.name}&apos;s own
          statistics. Years no source reported are left as gaps.
        </p>
        <LazyLineChart
          xKey="year"
          data={chartData}
          series={[
            { key: 'cn', label: 'Total (China-reported)' },
            { key: 'cnExports', label: "China's exports" },
            { key: 'cnImports', label: "China's imports" },
            { key: 'partner', label: `Total (${country.name}-reported)`, dashed: true },
          ]}
        />
        {tradeRows.length === 0 ? (
          <EmptyState>No calendar-year trade figures yet.</EmptyState>
        ) : (
          <TableBox caption={`Calendar-year trade between China and ${country.name}`}>
            <thead>
              <tr>
                <th className={th}>Year</th>
                <th className={th}>Reporter</th>
                <th className={`${th} text-right`}>Total</th>
                <th className={`${th} text-right`}>China&apos;s exports</th>
                <th className={`${th} text-right`}>China&apos;s imports</th>
                <th className={`${th} text-right`}>Balance (China)</th>
                <th className={`${th} text-right`}>Change</th>
              </tr>
            </thead>
            <tbody>
              {tradeRows.map((p) => (
                <tr
                  key={`${p.year}-${p.reporter}`}
                  data-testid={`trade-row-${p.year}-${p.reporter}`}
                >
                  <td className={td}>{p.year}</td>
                  <td className={td}>{REPORTER_LABELS[p.reporter as Reporter] ?? p.reporter}</td>
                  <td className={tdNum}>
                    <TradeFigure figure={p.figure} label={`${p.year} total`} />
                  </td>
                  <td className={tdNum}>
                    {p.chinaExportsUsd !== null ? formatUsd(p.chinaExportsUsd) : '—'}
                  </td>
                  <td className={tdNum}>
                    {p.chinaImportsUsd !== null ? formatUsd(p.chinaImportsUsd) : '—'}
                  </td>
                  <td className={tdNum}>{p.balanceUsd !== null ? formatUsd(p.balanceUsd) : '—'}</td>
                  <td className={tdNum}>
                    {p.figure.yoyGrowthBp !== null ? (
                      <span title="as stated by the source">
                        {formatGrowth(p.figure.yoyGrowthBp)} (stated)
                      </span>
                    ) : p.computedGrowthBp !== null ? (
                      <span title="computed from the previous year of the same reporter">
                        {formatGrowth(p.computedGrowthBp)} (computed)
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
      </Section>

      <Section
        id="mirror"
        title="Mirror statistics: China-reported vs partner-reported"
        actions={
          <DownloadCsv
            href={`/export/trade.csv?country=${code}&period=year`}
            what="the reports compared here"
          />
        }
      >
        {mirror.years.length === 0 ? (
          <EmptyState>
            No year has both a China-reported and a {country.name}-reported total yet.
          </EmptyState>
        ) : (
          <TableBox
            caption={`China-reported and ${country.name}-reported trade totals side by side`}
          >
            <thead>
              <tr>
                <th className={th}>Year</th>
                <th className={`${th} text-right`}>China reports</th>
                <th className={`${th} text-right`}>{country.name} reports</th>
                <th className={`${th} text-right`}>Gap ratio</th>
              </tr>
            </thead>
            <tbody>
              {mirror.years.map((y) => (
                <tr key={y.year} data-testid={`mirror-${y.year}`}>
                  <td className={td}>{y.year}</td>
                  <td className={tdNum}>
                    <TradeFigure figure={y.china} label={`${y.year} China-reported`} />
                  </td>
                  <td className={tdNum}>
                    <TradeFigure figure={y.partner} label={`${y.year} ${country.name}-reported`} />
                  </td>
                  <td className={tdNum}>{y.ratio.toFixed(2)}×</td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
        <div className="rounded border border-line bg-white p-3 text-sm">
          <p className="font-semibold">Why the figures differ</p>
          <ul className="ml-5 list-disc">
            {mirror.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      </Section>

      {partYear.length ? (
        <Section id="part-year" title="Part-year figures">
          <TableBox caption="Trade figures for parts of a year">
            <thead>
              <tr>
                <th className={th}>Period</th>
                <th className={th}>Reporter</th>
                <th className={`${th} text-right`}>Total</th>
                <th className={`${th} text-right`}>Stated change</th>
              </tr>
            </thead>
            <tbody>
              {[...partYear]
                .sort((a, b) => b.year - a.year || b.periodEndMonth - a.periodEndMonth)
                .map((f) => (
                  <tr key={f.id}>
                    <td className={td}>{formatPeriod(f.year, f.period)}</td>
                    <td className={td}>{REPORTER_LABELS[f.reporter as Reporter] ?? f.reporter}</td>
                    <td className={tdNum}>
                      <TradeFigure figure={f} />
                    </td>
                    <td className={tdNum}>
                      {f.yoyGrowthBp !== null ? formatGrowth(f.yoyGrowthBp) : '—'}
                    </td>
                  </tr>
                ))}
            </tbody>
          </TableBox>
        </Section>
      ) : null}

      <Section
        id="investments"
        title="Chinese investment"
        actions={
          <DownloadCsv
            href={`/export/investments.csv?country=${code}`}
            what={`${country.name}'s investment figures`}
          />
        }
      >
        <p className="text-sm text-muted">
          Each figure measures something different (stock, flow, cumulative totals, loans, company
          counts); they are listed, never added.
        </p>
        {investments.rows.length === 0 ? (
          <EmptyState>No investment figures yet.</EmptyState>
        ) : (
          <TableBox caption={`Chinese investment figures for ${country.name}`}>
            <thead>
              <tr>
                <th className={th}>As of</th>
                <th className={th}>Kind</th>
                <th className={th}>What the source measured</th>
                <th className={`${th} text-right`}>Amount</th>
                <th className={`${th} text-right`}>Count</th>
              </tr>
            </thead>
            <tbody>
              {investments.rows.map((i) => (
                <tr key={i.id}>
                  <td className={td}>{i.asOfLabel ?? formatPartialDate(i.asOf)}</td>
                  <td className={td}>
                    {INVESTMENT_METRIC_LABELS[i.metricKind as InvestmentMetric] ?? i.metricKind}
                  </td>
                  <td className={td}>{i.metricLabel}</td>
                  <td className={tdNum}>
                    <Figure
                      usd={i.amountUsd}
                      qualifier={i.qualifier}
                      sources={i.sources}
                      label={i.metricLabel}
                    />
                  </td>
                  <td className={tdNum}>
                    {i.count !== null ? i.count.toLocaleString('en-US') : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
      </Section>

      <Section
        id="projects"
        title={`Projects (${projects.total})`}
        actions={
          <div className="flex items-center gap-3">
            <Link className="text-sm text-accent underline" href={`/projects?country=${code}`}>
              Filter these projects
            </Link>
            <DownloadCsv
              href={`/export/projects.csv?country=${code}`}
              what={`${country.name}'s projects`}
            />
          </div>
        }
      >
        {projects.rows.length === 0 ? (
          <EmptyState>No projects yet.</EmptyState>
        ) : (
          <>
            {projects.total > projects.rows.length ? (
              <p className="text-sm text-muted">
                The {projects.rows.length} most recently started of{' '}
                {projects.total.toLocaleString('en-US')}.{' '}
                <Link className="text-accent underline" href={`/projects?country=${code}&sort=start&dir=desc`}>
                  See all {projects.total.toLocaleString('en-US')} projects
                </Link>
              </p>
            ) : null}
            <ul className="grid gap-2 md:grid-cols-2">
              {projects.rows.map((p) => (
                <li key={p.id} className="rounded border border-line bg-white p-3 text-sm">
                  <Link href={`/projects/${p.id}`} className="font-medium text-accent underline">
                    {p.name}
                  </Link>
                  <p className="text-muted">
                    {p.sectorDetail ?? p.sector} · {p.statusDetail ?? p.status}
                    {p.startedOn ? ` · since ${formatPartialDate(p.startedOn)}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section
        id="timeline"
        title="Milestones and events"
        actions={
          <div className="flex items-center gap-3">
            <Link className="text-sm text-accent underline" href={`/timeline?country=${code}`}>
              Full timeline
            </Link>
            <DownloadCsv
              href={`/export/timeline.csv?country=${code}`}
              what={`${country.name}'s milestones and events`}
            />
          </div>
        }
      >
        <TimelineList entries={timeline} />
      </Section>

      {indicators.length ? (
        <Section
          id="indicators"
          title="Other indicators"
          actions={
            <DownloadCsv
              href={`/export/indicators.csv?country=${code}`}
              what={`${country.name}'s indicators`}
            />
          }
        >
          <TableBox caption={`Other indicators for ${country.name}`}>
            <thead>
              <tr>
                <th className={th}>As of</th>
                <th className={th}>Metric</th>
                <th className={`${th} text-right`}>Value</th>
                <th className={th}>Source</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.id}>
                  <td className={td}>{formatPartialDate(i.asOf)}</td>
                  <td className={td}>
                    {i.metric}
                    {i.notes ? <span className="block text-xs text-muted">{i.notes}</span> : null}
                  </td>
                  <td className={tdNum}>
                    {qualified(
                      i.qualifier,
                      `${Number(i.value).toLocaleString('en-US', { maximumFractionDigits: 2 })} ${i.unit}`,
                    )}
                  </td>
                  <td className={`${td} text-xs`}>
                    <SourceList sources={i.sources} />
                  </td>
                </tr>
              ))}
            </tbody>
          </TableBox>
        </Section>
      ) : null}
    </div>
  );
}
