import {
  countryName,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  type InvestmentMetric,
  type ScopeCode,
} from '@tianshan/model';
import { TableBox, td, tdNum, thWrap } from '~/components/ui/section';
import { LatestFigure, type InvestmentGroup } from './latest-figure';

const scopeIndex = (s: string) => SCOPE_CODES.indexOf(s as ScopeCode);
const kindIndex = (k: string) => INVESTMENT_METRICS.indexOf(k as InvestmentMetric);

/** Country order, then the kinds' order: the same in every table of latest figures. */
function byScopeAndKind(a: InvestmentGroup, b: InvestmentGroup): number {
  return (
    scopeIndex(a.scope) - scopeIndex(b.scope) || kindIndex(a.metricKind) - kindIndex(b.metricKind)
  );
}

/**
 * The newest figure of each kind within one coverage, never added up: on /investments for every country
 * (`withCountry`), on a country page for that country alone.
 */
export function CoverageLatestTable({
  caption,
  groups,
  withCountry,
}: {
  caption: string;
  groups: InvestmentGroup[];
  withCountry: boolean;
}) {
  return (
    <TableBox caption={caption}>
      <thead>
        <tr>
          {withCountry ? <th className={thWrap}>Country</th> : null}
          <th className={thWrap}>Kind</th>
          <th className={thWrap}>What the source measured</th>
          <th className={`${thWrap} text-right`}>Latest</th>
        </tr>
      </thead>
      <tbody>
        {[...groups].sort(byScopeAndKind).map((g) => (
          <tr key={`${g.scope}-${g.metricKind}`}>
            {withCountry ? <td className={td}>{countryName(g.scope as ScopeCode)}</td> : null}
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
  );
}
