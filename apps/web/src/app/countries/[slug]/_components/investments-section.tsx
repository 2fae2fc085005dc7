import type { RouterOutputs } from '@tianshan/api';
import {
  formatPartialDate,
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_COVERAGES,
  INVESTMENT_METRIC_LABELS,
  type InvestmentMetric,
} from '@tianshan/model';
import { Figure } from '~/components/figure';
import { InvestmentCharts } from '~/components/investment-charts';
import { DownloadCsv, EmptyState, Section, TableBox, td, tdNum, th } from '~/components/ui/section';
import { investmentUrl } from '~/filters/investment-params';
import { exportHref } from '~/filters/view-links';
import type { Country } from './country';

type Rows = RouterOutputs['investments']['list']['rows'];
type Props = {
  country: Country;
  investments: Rows;
  chart: RouterOutputs['investments']['chart'];
};

/**
 * Every investment figure for the country, listed and never added up, under one heading per coverage:
 * China's investment into the whole country is never set beside a sector's or all origins' figure.
 */
export function InvestmentsSection({ country, investments, chart }: Props) {
  return (
    <Section
      id="investments"
      title="Chinese investment"
      actions={
        <DownloadCsv
          href={exportHref.investments({ country: [country.code] })}
          what={`${country.name}'s investment figures`}
        />
      }
    >
      <p className="text-sm text-muted">
        Each figure measures something different (stock, flow, cumulative totals, loans, company
        counts); they are listed, never added.
      </p>
      {chart.length > 0 ? (
        <InvestmentCharts
          points={chart}
          query={investmentUrl('', { country: [country.code] })}
          where={country.name}
        />
      ) : null}
      {investments.length === 0 ? (
        <EmptyState>No investment figures yet.</EmptyState>
      ) : (
        INVESTMENT_COVERAGES.map((coverage) => {
          const rows = investments.filter((i) => (i.coverage ?? 'other') === coverage);
          if (rows.length === 0) return null;
          return (
            <div key={coverage} className="space-y-2" data-testid={`country-coverage-${coverage}`}>
              <h3 className="font-semibold">{INVESTMENT_COVERAGE_LABELS[coverage]}</h3>
              <CoverageTable
                caption={`${country.name}: ${INVESTMENT_COVERAGE_LABELS[coverage]}`}
                rows={rows}
              />
            </div>
          );
        })
      )}
    </Section>
  );
}

function CoverageTable({ caption, rows }: { caption: string; rows: Rows }) {
  return (
    <TableBox caption={caption}>
      <thead>
        <tr>
          <th className={th}>As of</th>
          <th className={th}>Kind</th>
          <th className={th}>What the source measured</th>
          <th className={`${th} text-right`}>Amount</th>
          <th className={`${th} text-right`}>Count</th>
          <th className={th}>Reported by</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
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
            <td className={tdNum}>{i.count !== null ? i.count.toLocaleString('en-US') : '—'}</td>
            <td className={`${td} text-xs`}>{i.reporterBasis ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}
