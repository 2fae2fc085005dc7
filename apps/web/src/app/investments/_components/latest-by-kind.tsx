import {
  countryName,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  type ScopeCode,
} from '@tianshan/model';
import { EmptyState, Section, TableBox, td, tdNum, thWrap } from '~/components/ui/section';
import { LatestFigure, type InvestmentGroup } from '~/components/investments/latest-figure';

const byScope = (a: string, b: string) =>
  SCOPE_CODES.indexOf(a as ScopeCode) - SCOPE_CODES.indexOf(b as ScopeCode);

/**
 * The headline: per country and kind, the newest figure of China's investment into the whole country.
 * Figures that cover something else (one sector, all origins) are never set beside these.
 */
export function LatestByKind({ groups }: { groups: InvestmentGroup[] }) {
  const scopes = [...new Set(groups.map((g) => g.scope))].sort(byScope);
  const kinds = INVESTMENT_METRICS.filter((k) => groups.some((g) => g.metricKind === k));
  return (
    <Section id="by-kind" title="Latest figure of each kind: China into the whole country">
      {groups.length === 0 ? (
        <EmptyState>
          No figure of Chinese investment into a whole country matches these filters.
        </EmptyState>
      ) : (
        <TableBox caption="Latest figure of Chinese investment into the whole country, per country and kind">
          <thead>
            <tr>
              <th className={thWrap}>Country</th>
              {kinds.map((k) => (
                <th key={k} className={`${thWrap} text-right`}>
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
                  const g = groups.find((x) => x.scope === scope && x.metricKind === k);
                  return (
                    <td key={k} className={tdNum} data-testid={`latest-${scope}-${k}`}>
                      {g ? <LatestFigure group={g} /> : <span className="text-muted">—</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </TableBox>
      )}
    </Section>
  );
}
