import type { Metadata } from 'next';
import {
  canEdit,
  countryName,
  formatGrowth,
  formatPeriod,
  formatUsd,
  PERIOD_KINDS,
  REPORTER_LABELS,
  REPORTERS,
  SCOPE_CODES,
  type Reporter,
  type ScopeCode,
} from '@tianshan/model';
import { LazyLineChart } from '~/components/charts/lazy-charts';
import { CheckboxGroup, label, TextField } from '~/components/filters/filter-form';
import { ListPageHeader } from '~/components/filters/list-page-header';
import { Pager } from '~/components/pager';
import { TradeFigure } from '~/components/trade-figure';
import { EmptyState, TableBox, td, tdNum, th } from '~/components/ui/section';
import type { RawSearchParams } from '~/filters/parsers';
import { readPage } from '~/filters/paging';
import { readTradeUrl } from '~/filters/trade-params';
import { viewQuery } from '~/filters/view-links';
import { headers } from 'next/headers';
import Link from 'next/link';
import { getSession } from '~/server/session';
import { api } from '~/trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trade explorer' };

/** Figures a page lists, newest first; the CSV download always holds every matching figure. */
const PAGE_SIZE = 50;

export default async function TradePage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filter, ignored } = readTradeUrl(raw);
  const asked = readPage(raw);
  const caller = await api();
  const [{ rows: sorted, total, offset }, chart] = await Promise.all([
    caller.trade.figurePage({
      ...filter,
      limit: PAGE_SIZE,
      offset: (asked.page - 1) * PAGE_SIZE,
    }),
    caller.trade.yearChart(filter),
  ]);
  const session = await getSession(await headers());
  const editable = session !== null && canEdit(session.user.role);

  return (
    <div className="space-y-4">
      <ListPageHeader
        view="trade"
        raw={raw}
        title="Trade explorer"
        ignored={[...ignored, ...asked.ignored]}
        actions={
          <>
            {editable ? (
              <Link
                className="inline-flex items-center rounded bg-accent px-3 py-1 text-sm text-white"
                href={`/admin/records/trade-report/new?returnTo=${encodeURIComponent(`/trade${viewQuery('trade', raw)}`)}`}
              >
                Add a trade report
              </Link>
            ) : null}
            <Link
              className="inline-flex items-center rounded border border-line px-3 py-1 text-sm text-accent"
              href="/coverage"
            >
              Coverage of every year
            </Link>
          </>
        }
      >
        <CheckboxGroup
          legend="Country"
          name="country"
          options={SCOPE_CODES.map((c) => ({ value: c, label: countryName(c) }))}
          selected={filter.countries ?? []}
        />
        <CheckboxGroup
          legend="Reporter"
          name="reporter"
          options={REPORTERS.map((r) => ({ value: r, label: REPORTER_LABELS[r] }))}
          selected={filter.reporters ?? []}
        />
        <CheckboxGroup
          legend="Period"
          name="period"
          options={PERIOD_KINDS.map((p) => ({
            value: p,
            label: p === 'ytd' ? 'Year to date' : label(p),
          }))}
          selected={filter.periodKinds ?? []}
        />
        <TextField label="Year from" name="from" type="number" value={filter.yearFrom} size={6} />
        <TextField label="Year to" name="to" type="number" value={filter.yearTo} size={6} />
        <TextField label="Search notes" name="q" value={filter.search} />
      </ListPageHeader>
      {chart.lines.length ? (
        <LazyLineChart
          xKey="year"
          data={chart.rows}
          series={chart.lines.map(({ key, country, reporter }) => ({
            key,
            label: `${countryName(country)} — ${reporter === 'CN' ? 'China-reported' : `${REPORTER_LABELS[reporter]}`}`,
            dashed: reporter !== 'CN',
          }))}
        />
      ) : null}
      <p className="text-sm text-muted" data-testid="trade-count">
        {total} figure{total === 1 ? '' : 's'}; a{' '}
        <span className="rounded bg-amber-100 px-1 text-amber-900">+N</span> marks figures other
        sources report differently — open it to compare.
      </p>
      {sorted.length === 0 ? (
        <EmptyState>No trade figure matches these filters.</EmptyState>
      ) : (
        <TableBox caption="Trade figures matching the filters">
          <thead>
            <tr>
              <th className={th}>Country</th>
              <th className={th}>Period</th>
              <th className={th}>Reporter</th>
              <th className={`${th} text-right`}>Total</th>
              <th className={`${th} text-right`}>China&apos;s exports</th>
              <th className={`${th} text-right`}>China&apos;s imports</th>
              <th className={`${th} text-right`}>Stated change</th>
              {editable ? <th className={th}>Edit</th> : null}
            </tr>
          </thead>
          <tbody>
            {sorted.map((f) => (
              <tr
                key={f.id}
                data-testid={`trade-${f.scope}-${f.year}-${f.period}-${f.reporter}`}
                data-key={`${f.scope}|${f.year}|${f.period}|${f.reporter}`}
              >
                <td className={td}>{countryName(f.scope as ScopeCode)}</td>
                <td className={`${td} whitespace-nowrap`}>{formatPeriod(f.year, f.period)}</td>
                <td className={td}>{REPORTER_LABELS[f.reporter as Reporter] ?? f.reporter}</td>
                <td className={tdNum}>
                  <TradeFigure
                    figure={f}
                    label={`${countryName(f.scope as ScopeCode)} ${formatPeriod(f.year, f.period)}`}
                  />
                </td>
                <td className={tdNum}>
                  {f.chinaExportsUsd !== null ? formatUsd(f.chinaExportsUsd) : '—'}
                </td>
                <td className={tdNum}>
                  {f.chinaImportsUsd !== null ? formatUsd(f.chinaImportsUsd) : '—'}
                </td>
                <td className={tdNum}>
                  {f.yoyGrowthBp !== null ? formatGrowth(f.yoyGrowthBp) : '—'}
                </td>
                {editable ? (
                  <td className={td}>
                    {[f, ...f.alternatives].map((r, i) => (
                      <Link
                        key={r.id}
                        className="mr-2 text-accent underline"
                        href={`/admin/records/trade-report/${r.id}`}
                      >
                        {i === 0 ? 'edit' : `alt ${i}`}
                      </Link>
                    ))}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </TableBox>
      )}
      <Pager
        path="/trade"
        query={viewQuery('trade', raw)}
        page={offset / PAGE_SIZE + 1}
        size={PAGE_SIZE}
        total={total}
      />
    </div>
  );
}
