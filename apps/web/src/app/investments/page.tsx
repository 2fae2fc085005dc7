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
import { CheckboxGroup, label, TextField } from '~/components/filters/filter-form';
import { ListPageHeader } from '~/components/filters/list-page-header';
import { Pager } from '~/components/pager';
import { Section } from '~/components/ui/section';
import { readInvestmentUrl } from '~/filters/investment-params';
import { pageSlice, readPage } from '~/filters/paging';
import type { RawSearchParams } from '~/filters/parsers';
import { viewQuery } from '~/filters/view-links';
import { api } from '~/trpc/server';
import { AllFigures } from './_components/all-figures';
import { LatestByKind } from './_components/latest-by-kind';
import { OtherCoverages } from './_components/other-coverages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Investments' };

/** Figures the list shows a page at a time, newest first; the CSV download holds every matching one. */
const PAGE_SIZE = 10;

export default async function InvestmentsPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readInvestmentUrl(raw);
  const asked = readPage(raw);
  const caller = await api();
  const pageOf = (n: number) =>
    caller.investments.list({ ...filter, limit: PAGE_SIZE, offset: (n - 1) * PAGE_SIZE });
  const [summary, chart, asList] = await Promise.all([
    caller.investments.summary(filter),
    caller.investments.chart(filter),
    pageOf(asked.page),
  ]);
  // A page past the end shows the last page, as every paged list does.
  const { page } = pageSlice(asked.page, PAGE_SIZE, asList.total);
  const list = page === asked.page ? asList : await pageOf(page);

  return (
    <div className="space-y-6">
      <ListPageHeader
        view="investments"
        raw={raw}
        title="Chinese investment"
        ignored={[...ignored, ...asked.ignored]}
        intro={
          <p className="max-w-3xl text-muted">
            Sources measure different things: China&apos;s FDI stock, yearly flows reported by the
            partner, officials&apos; cumulative totals (often including construction contracts),
            loans, grants and company counts; and they cover different things: China&apos;s
            investment into a whole country, into one sector or project, or all countries&apos;
            investment. Only figures of the same kind and coverage are set side by side, and they
            are <strong>never added together</strong>.
          </p>
        }
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
      </ListPageHeader>

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
      <Pager
        path="/investments"
        query={viewQuery('investments', raw)}
        page={page}
        size={PAGE_SIZE}
        total={list.total}
      />
    </div>
  );
}
