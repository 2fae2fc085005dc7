import {
  INVESTMENT_COVERAGE_LABELS,
  INVESTMENT_COVERAGES,
  INVESTMENT_METRIC_LABELS,
  INVESTMENT_METRICS,
  type InvestmentCoverage,
  type InvestmentMetric,
} from './enums';

/** What decides which chart an investment figure is drawn on. */
export interface InvestmentGroupable {
  metricKind: string;
  /** What the figure covers (China into the country, into a sector, all origins, other); null reads as other. */
  coverage: string | null;
}

export interface InvestmentChartGroup {
  metricKind: string;
  coverage: InvestmentCoverage;
  /** Stable key: figures with the same key measure the same thing and may share an axis. */
  key: string;
  label: string;
  /** Charts appear in this order. */
  order: number;
}

const isMetric = (v: string): v is InvestmentMetric =>
  (INVESTMENT_METRICS as readonly string[]).includes(v);

/**
 * The kinds that are charted. `other` is left out: its figures each measure something of their own (a
 * railway's estimated total, a share of a fund), so no two of them belong on one axis; the tables list them.
 */
export const CHARTED_INVESTMENT_METRICS = INVESTMENT_METRICS.filter(
  (m): m is Exclude<InvestmentMetric, 'other'> => m !== 'other',
);

/** The unit a chart's axis is in: an amount in USD, or a count (of companies). Never both on one axis. */
export const INVESTMENT_CHART_UNITS = ['usd', 'count'] as const;
export type InvestmentChartUnit = (typeof INVESTMENT_CHART_UNITS)[number];

const isCoverage = (v: string | null): v is InvestmentCoverage =>
  v !== null && (INVESTMENT_COVERAGES as readonly string[]).includes(v);

/**
 * The one place that decides which figures are comparable: the same kind of figure AND the same coverage.
 * China's stock in the whole country and all origins' flow into one sector never share an axis.
 */
export function investmentChartGroup(row: InvestmentGroupable): InvestmentChartGroup {
  const coverage = isCoverage(row.coverage) ? row.coverage : 'other';
  const kindOrder = isMetric(row.metricKind)
    ? INVESTMENT_METRICS.indexOf(row.metricKind)
    : INVESTMENT_METRICS.length;
  const kindLabel = isMetric(row.metricKind)
    ? INVESTMENT_METRIC_LABELS[row.metricKind]
    : row.metricKind;
  return {
    key: `${row.metricKind}:${coverage}`,
    metricKind: row.metricKind,
    coverage,
    label: `${kindLabel} — ${INVESTMENT_COVERAGE_LABELS[coverage]}`,
    order: kindOrder * INVESTMENT_COVERAGES.length + INVESTMENT_COVERAGES.indexOf(coverage),
  };
}
