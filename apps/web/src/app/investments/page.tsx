import type { Metadata } from 'next';
import {
  countryName,
  formatPartialDate,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  SECTORS,
  type InvestmentMetric,
  type ScopeCode,
} from '@tianshan/model';
import { Figure } from '~/components/figure';
import { InvestmentCharts } from '~/components/investment-charts';
import { CheckboxGroup, FilterForm, label, TextField } from '~/components/filters/filter-form';
import { DownloadCsv, EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { investmentFilterFromUrl } from '~/filters/investment-params';
import type { RawSearchParams } from '~/filters/parsers';
import { downloadHref, viewQuery } from '~/filters/view-links';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Investments' };

export default async function InvestmentsPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const filter = investmentFilterFromUrl(raw);
  const caller = await api();
  const [summary, list, chart] = await Promise.all([
    caller.investments.summary(filter),
    caller.investments.list({ ...filter, limit: 500, offset: 0 }),
    caller.investments.chart(filter),
  ]);
  const scopes = [...new Set(summary.map((g) => g.scope))].sort(
    (a, b) => SCOPE_CODES.indexOf(a as ScopeCode) - SCOPE_CODES.indexOf(b as ScopeCode),
  );
  const kinds = INVESTMENT_METRICS.filter((k) => summary.some((g) => g.metricKind === k));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-semibold">Chinese investment</h1>
        <DownloadCsv href={downloadHref('investments', raw)} />
      </div>
      <p className="max-w-3xl text-muted">
        Sources measure different things: China&apos;s FDI stock, yearly flows reported by the
        partner, officials&apos; cumulative totals (often including construction contracts), loans,
        grants and company counts. They are shown side by side by kind and{' '}
        <strong>never added together</strong>.
      </p>
      <FilterForm action="/investments" resetHref="/investments">
        <CheckboxGroup
          legend="Country"
          name="country"
          options={SCOPE_CODES.map((c) => ({ value: c, label: countryName(c) }))}
          selected={filter.countries ?? []}
        />
        <CheckboxGroup
          legend="Kind of figure"
          name="metric"
          options={INVESTMENT_METRICS.map((m) => ({
            value: m,
            label: INVESTMENT_METRIC_LABELS[m],
          }))}
          selected={filter.metricKinds ?? []}
        />
        <CheckboxGroup
          legend="Sector"
          name="sector"
          options={SECTORS.map((s) => ({ value: s, label: label(s) }))}
          selected={filter.sectors ?? []}
        />
        <TextField label="Year from" name="from" type="number" value={filter.yearFrom} size={6} />
        <TextField label="Year to" name="to" type="number" value={filter.yearTo} size={6} />
        <TextField label="Search" name="q" value={filter.search} />
      </FilterForm>

      <Section id="by-kind" title="Latest figure of each kind">
        {summary.length === 0 ? (
          <EmptyState>No investment figure matches these filters.</EmptyState>
        ) : (
          <TableBox caption="Latest investment figure per country and kind">
            <thead>
              <tr>
                <th className={th}>Country</th>
                {kinds.map((k) => (
                  <th key={k} className={`${th} text-right`}>
                    {INVESTMENT_METRIC_LABELS[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {scopes.map((scope) => (
                <tr key={scope}>
                  <td className={td}>{countryName(scope as ScopeCode)}</td>
                  {kinds.map((k) => {
                    const g = summary.find((x) => x.scope === scope && x.metricKind === k);
                    return (
                      <td key={k} className={tdNum}>
                        {g ? (
                          <>
                            {g.latest.amountUsd !== null ? (
                              <Figure
                                usd={g.latest.amountUsd}
                                qualifier={g.latest.qualifier}
                                sources={g.latest.sources}
                                label={g.latest.metricLabel}
                              />
                            ) : g.latest.count !== null ? (
                              <span>{g.latest.count.toLocaleString('en-US')}</span>
                            ) : (
                              <span className="text-muted">share only</span>
                            )}
                            <span className="block text-xs text-muted">
                              {g.latest.asOfLabel ?? formatPartialDate(g.latest.asOf)}
                              {g.records > 1 ? ` · ${g.records} figures` : ''}
                            </span>
                          </>
                        ) : (
                          <span className="text-muted">—</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </TableBox>
        )}
      </Section>

      <Section id="over-time" title="Investment over time, by kind of figure">
        <InvestmentCharts
          points={chart}
          query={viewQuery('investments', raw)}
          where={
            filter.countries?.length
              ? filter.countries.map((c) => countryName(c)).join(', ')
              : 'the five countries'
          }
        />
      </Section>

      <Section id="all" title={`All figures (${list.total})`}>
        <TableBox caption="All investment figures matching the filters">
          <thead>
            <tr>
              <th className={th}>Country</th>
              <th className={th}>As of</th>
              <th className={th}>Kind</th>
              <th className={th}>What the source measured</th>
              <th className={`${th} text-right`}>Amount (USD)</th>
              <th className={`${th} text-right`}>Original</th>
              <th className={`${th} text-right`}>Count</th>
              <th className={th}>Reported by</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((i) => (
              <tr key={i.id}>
                <td className={td}>{countryName(i.scope as ScopeCode)}</td>
                <td className={`${td} whitespace-nowrap`}>
                  {i.asOfLabel ?? formatPartialDate(i.asOf)}
                </td>
                <td className={td}>
                  {INVESTMENT_METRIC_LABELS[i.metricKind as InvestmentMetric] ?? i.metricKind}
                </td>
                <td className={td}>
                  {i.metricLabel}
                  {i.notes ? <span className="block text-xs text-muted">{i.notes}</span> : null}
                </td>
                <td className={tdNum}>
                  <Figure
                    usd={i.amountUsd}
                    qualifier={i.qualifier}
                    sources={i.sources}
                    label={i.metricLabel}
                  />
                </td>
                <td className={tdNum}>
                  {i.amountOriginal && i.currency
                    ? `${Number(i.amountOriginal).toLocaleString('en-US')} ${i.currency}`
                    : '—'}
                </td>
                <td className={tdNum}>
                  {i.count !== null ? i.count.toLocaleString('en-US') : '—'}
                </td>
                <td className={`${td} text-xs`}>{i.reporterBasis ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </TableBox>
      </Section>
    </div>
  );
}
