import { and, asc, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import {
  CHARTED_INVESTMENT_METRICS,
  type InvestmentChartUnit,
  type InvestmentFilter,
} from '@tianshan/model';
import type { Db } from '../client';
import { preparedFor } from '../prepared';
import { investments } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { investmentWhere } from './investments';

export interface InvestmentChartParams extends InvestmentFilter {
  /** Only the figures one chart draws: amounts (`usd`) or counts; both when absent. */
  unit?: InvestmentChartUnit;
}

/**
 * The figures a chart can place: a charted kind with an amount or a count (a share stated only in words
 * has no point). A figure with both is drawn as an amount.
 */
export function investmentChartWhere(params: InvestmentChartParams): SQL | undefined {
  const unit =
    params.unit === 'usd'
      ? isNotNull(investments.amountUsd)
      : params.unit === 'count'
        ? and(isNull(investments.amountUsd), isNotNull(investments.count))
        : or(isNotNull(investments.amountUsd), isNotNull(investments.count));
  return and(
    investmentWhere(params),
    inArray(investments.metricKind, CHARTED_INVESTMENT_METRICS),
    unit,
  );
}

/** Chart order: by kind and coverage, then along the time axis; figures for the same date stay apart by id. */
export const investmentChartOrder = [
  asc(investments.metricKind),
  asc(investments.coverage),
  asc(investments.asOf),
  asc(investments.scope),
  asc(investments.id),
];

export const INVESTMENT_CHART_COLUMNS = {
  id: investments.id,
  scope: investments.scope,
  metricKind: investments.metricKind,
  coverage: investments.coverage,
  metricLabel: investments.metricLabel,
  asOf: investments.asOf,
  asOfLabel: investments.asOfLabel,
  amountUsd: investments.amountUsd,
  count: investments.count,
  qualifier: investments.qualifier,
};

export interface InvestmentChartPoint {
  id: number;
  scope: string;
  metricKind: string;
  coverage: string | null;
  metricLabel: string;
  asOf: string;
  asOfLabel: string | null;
  amountUsd: number | null;
  count: number | null;
  qualifier: string;
  sources: Pick<SourceRef, 'id' | 'title' | 'publisher'>[];
}

/** Every placeable figure with its sources; kinds are kept apart by the caller, never summed here. */
export async function investmentChartPoints(
  db: Db,
  params: InvestmentChartParams,
): Promise<InvestmentChartPoint[]> {
  const rows = preparedFor(db, `investment chart ${JSON.stringify(params)}`, () =>
    db
      .select(INVESTMENT_CHART_COLUMNS)
      .from(investments)
      .where(investmentChartWhere(params))
      .orderBy(...investmentChartOrder)
      .prepare(),
  ).all();
  const srcs = await sourcesFor(
    db,
    'investment',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    sources: (srcs.get(r.id) ?? []).map(({ id, title, publisher }) => ({ id, title, publisher })),
  }));
}
