import type { RouterOutputs } from '@tianshan/api';
import { INVESTMENT_COVERAGE_LABELS, INVESTMENT_COVERAGES } from '@tianshan/model';
import { InvestmentCharts } from '~/components/investment-charts';
import { CoverageLatestTable } from '~/components/investments/coverage-latest-table';
import { MoreLink } from '~/components/ui/more-link';
import { DownloadCsv, EmptyState, Section } from '~/components/ui/section';
import { investmentUrl } from '~/filters/investment-params';
import { exportHref, viewHref } from '~/filters/view-links';
import type { Country } from './country';

type Props = {
  country: Country;
  summary: RouterOutputs['investments']['summary'];
  chart: RouterOutputs['investments']['chart'];
};

/**
 * The newest investment figure of each kind for the country, never added up, under one heading per
 * coverage: China's investment into the whole country is never set beside a sector's or all origins'
 * figure. Each heading links to all its figures on /investments, which pages them.
 */
export function InvestmentsSection({ country, summary, chart }: Props) {
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
      {summary.length === 0 ? (
        <EmptyState>No investment figures yet.</EmptyState>
      ) : (
        INVESTMENT_COVERAGES.map((coverage) => {
          const groups = summary.filter((g) => g.coverage === coverage);
          if (groups.length === 0) return null;
          const figures = groups.reduce((n, g) => n + g.records, 0);
          return (
            <div key={coverage} className="space-y-2" data-testid={`country-coverage-${coverage}`}>
              <h3 className="font-semibold">{INVESTMENT_COVERAGE_LABELS[coverage]}</h3>
              <CoverageLatestTable
                caption={`${country.name}: ${INVESTMENT_COVERAGE_LABELS[coverage]}, latest figure of each kind`}
                groups={groups}
                withCountry={false}
              />
              <MoreLink
                href={viewHref.investments({ country: [country.code], coverage: [coverage] })}
              >
                All {figures} figure{figures === 1 ? '' : 's'}:{' '}
                {INVESTMENT_COVERAGE_LABELS[coverage]}
              </MoreLink>
            </div>
          );
        })
      )}
    </Section>
  );
}
