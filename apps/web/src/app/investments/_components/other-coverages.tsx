import {
  countryName,
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_COVERAGES,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  type InvestmentMetric,
  type ScopeCode,
} from '@tianshan/model';
import { Section, TableBox, td, tdNum, thWrap } from '~/components/ui/section';
import { byScope } from './latest-by-kind';
import { LatestFigure, type InvestmentGroup } from './latest-figure';

/** The newest figures that cover something else than China into a whole country, each under its own heading. */
export function OtherCoverages({ groups }: { groups: InvestmentGroup[] }) {
  const coverages = INVESTMENT_COVERAGES.filter(
    (c) => c !== 'china-country' && groups.some((g) => g.coverage === c),
  );
  if (coverages.length === 0) return null;
  return (
    <Section id="other-coverages" title="Latest figures that cover something else">
      <p className="max-w-3xl text-sm text-muted">
        These measure one sector, company or project, all countries&apos; investment, or contracts,
        portfolios and debt: they are not comparable with the figures above, nor with each other.
      </p>
      {coverages.map((coverage) => {
        const rows = groups
          .filter((g) => g.coverage === coverage)
          .sort(
            (a, b) =>
              byScope(a.scope, b.scope) ||
              INVESTMENT_METRICS.indexOf(a.metricKind as InvestmentMetric) -
                INVESTMENT_METRICS.indexOf(b.metricKind as InvestmentMetric),
          );
        return (
          <div key={coverage} className="space-y-2" data-testid={`coverage-${coverage}`}>
            <h3 className="font-semibold">{INVESTMENT_COVERAGE_LABELS[coverage]}</h3>
            <TableBox caption={`Latest figures: ${INVESTMENT_COVERAGE_LABELS[coverage]}`}>
              <thead>
                <tr>
                  <th className={thWrap}>Country</th>
                  <th className={thWrap}>Kind</th>
                  <th className={thWrap}>What the source measured</th>
                  <th className={`${thWrap} text-right`}>Latest</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((g) => (
                  <tr key={`${g.scope}-${g.metricKind}`}>
                    <td className={td}>{countryName(g.scope as ScopeCode)}</td>
                    <td className={td}>
                      {INVESTMENT_METRIC_LABELS[g.metricKind as InvestmentMetric] ?? g.metricKind}
                    </td>
                    <td className={td}>{g.latest.metricLabel}</td>
                    <td className={tdNum}>
                      <LatestFigure group={g} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableBox>
          </div>
        );
      })}
    </Section>
  );
}
