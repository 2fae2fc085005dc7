import {
  countryName,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  type ScopeCode,
} from '@tianshan/model';
import { EmptyState, Section } from '~/components/ui/section';
import { latestFigureCell, type InvestmentGroup } from '~/components/investments/latest-figure';
import { WordedTable } from '~/components/investments/worded-table';

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
        <WordedTable
          caption="Latest figure of Chinese investment into the whole country, per country and kind"
          columns={[
            { label: 'Country' },
            ...kinds.map((k) => ({ label: INVESTMENT_METRIC_LABELS[k], num: true })),
          ]}
          rows={scopes.map((scope) => ({
            key: scope,
            cells: [
              { text: countryName(scope as ScopeCode) },
              ...kinds.map((k) => {
                const g = groups.find((x) => x.scope === scope && x.metricKind === k);
                const testId = `latest-${scope}-${k}`;
                return g
                  ? latestFigureCell(g, testId)
                  : { text: '—', muted: true, num: true, testId };
              }),
            ],
          }))}
        />
      )}
    </Section>
  );
}
