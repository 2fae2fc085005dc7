import type { Metadata } from 'next';
import {
  countryName,
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_COVERAGES,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  SECTORS,
} from '@tianshan/model';
import { InvestmentCharts } from '~/components/investment-charts';
import { CheckboxGroup, FilterForm, label, TextField } from '~/components/filters/filter-form';
import { IgnoredFilters } from '~/components/filters/ignored-filters';
import { DownloadCsv, Section } from '~/components/ui/section';
import { readInvestmentUrl } from '~/filters/investment-params';
import type { RawSearchParams } from '~/filters/parsers';
import { activeFilterCount, downloadHref, viewQuery } from '~/filters/view-links';
import { api } from '~/trpc/server';
import { AllFigures } from './_components/all-figures';
import { LatestByKind } from './_components/latest-by-kind';
import { OtherCoverages } from './_components/other-coverages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Investments' };

export default async function InvestmentsPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readInvestmentUrl(raw);
  const caller = await api();
  const [summary, list, chart] = await Promise.all([
    caller.investments.summary(filter),
    caller.investments.list({ ...filter, limit: 500, offset: 0 }),
    caller.investments.chart(filter),
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-3xl font-semibold">Chinese investment</h1>
        <DownloadCsv href={downloadHref('investments', raw)} />
      </div>
      <p className="max-w-3xl text-muted">
        Sources measure different things: China&apos;s FDI stock, yearly flows reported by the
        partner, officials&apos; cumulative totals (often including construction contracts), loans,
        grants and company counts; and they cover different things: China&apos;s investment into a
        whole country, into one sector or project, or all countries&apos; investment. Only figures
        of the same kind and coverage are set side by side, and they are{' '}
        <strong>never added together</strong>.
      </p>
      <IgnoredFilters ignored={ignored} />
      <FilterForm
        action="/investments"
        resetHref="/investments"
        active={activeFilterCount('investments', raw)}
      >
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
          legend="What the figure covers"
          name="coverage"
          options={INVESTMENT_COVERAGES.map((c) => ({
            value: c,
            label: INVESTMENT_COVERAGE_LABELS[c],
          }))}
          selected={filter.coverages ?? []}
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

      <LatestByKind groups={summary.filter((g) => g.coverage === 'china-country')} />
      <OtherCoverages groups={summary} />
      <Section id="over-time" title="Investment over time, by kind of figure and what it covers">
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
      <AllFigures list={list} />
    </div>
  );
}
