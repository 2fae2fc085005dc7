import { INVESTMENT_METRIC_LABELS, INVESTMENT_METRICS, type InvestmentMetric } from './enums';

/** What decides which chart an investment figure is drawn on. */
export interface InvestmentGroupable {
  metricKind: string;
}

export interface InvestmentChartGroup {
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

/**
 * The one place that decides which figures are comparable. Today that is the kind of figure; once figures
 * say what they cover (their scope of measurement), this adds it to the key and every chart and its
 * download split by it too.
 */
export function investmentChartGroup(row: InvestmentGroupable): InvestmentChartGroup {
  const order = isMetric(row.metricKind)
    ? INVESTMENT_METRICS.indexOf(row.metricKind)
    : INVESTMENT_METRICS.length;
  return {
    key: row.metricKind,
    label: isMetric(row.metricKind) ? INVESTMENT_METRIC_LABELS[row.metricKind] : row.metricKind,
    order,
  };
}
