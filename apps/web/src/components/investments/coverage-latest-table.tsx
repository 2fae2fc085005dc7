import {
  countryName,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  SCOPE_CODES,
  type InvestmentMetric,
  type ScopeCode,
} from '@tianshan/model';
import { latestFigureCell, type InvestmentGroup } from './latest-figure';
import { WordedTable, type WordedCell } from './worded-table';

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
  const columns = [
    ...(withCountry ? [{ label: 'Country' }] : []),
    { label: 'Kind' },
    { label: 'What the source measured' },
    { label: 'Latest', num: true },
  ];
  return (
    <WordedTable
      caption={caption}
      columns={columns}
      rows={[...groups].sort(byScopeAndKind).map((g) => ({
        key: `${g.scope}-${g.metricKind}`,
        cells: [
          ...(withCountry ? [{ text: countryName(g.scope as ScopeCode) }] : []),
          {
            text: INVESTMENT_METRIC_LABELS[g.metricKind as InvestmentMetric] ?? g.metricKind,
          },
          { text: g.latest.metricLabel },
          latestFigureCell(g),
        ] satisfies WordedCell[],
      }))}
    />
  );
}
