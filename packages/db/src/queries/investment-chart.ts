import { and, asc, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  CHARTED_INVESTMENT_METRICS,
  type InvestmentChartUnit,
  type InvestmentFilter,
} from '@tianshan/model';
import { sourcesFor, type SourceRef } from './citations';
import { investmentWhere } from './investments';
import { readerOf, type Database, type SqlDialect, type Tables } from './reader/reader';
import { selectRows, whereClause } from './reader/selection';
import { sqliteSql } from './reader/sqlite-reader';

export interface InvestmentChartParams extends InvestmentFilter {
  /** Only the figures one chart draws: amounts (`usd`) or counts; both when absent. */
  unit?: InvestmentChartUnit;
}

/**
 * The figures a chart can place: a charted kind with an amount or a count (a share stated only in words
 * has no point). A figure with both is drawn as an amount.
 */
export function investmentChartWhere(
  params: InvestmentChartParams,
  dialect: SqlDialect = sqliteSql,
): SQL | undefined {
  const { investments } = dialect.tables;
  const unit =
    params.unit === 'usd'
      ? isNotNull(investments.amountUsd)
      : params.unit === 'count'
        ? and(isNull(investments.amountUsd), isNotNull(investments.count))
        : or(isNotNull(investments.amountUsd), isNotNull(investments.count));
  return and(
    investmentWhere(params, dialect),
    inArray(investments.metricKind, CHARTED_INVESTMENT_METRICS),
    unit,
  );
}

/** Chart order: by kind and coverage, then along the time axis; figures for the same date stay apart by id. */
export function investmentChartOrder(dialect: SqlDialect = sqliteSql): SQL[] {
  const { investments } = dialect.tables;
  return [
    ...[investments.metricKind, investments.coverage, investments.asOf, investments.scope].map(
      (column) => dialect.sorted(dialect.byCodePoint(column), 'asc'),
    ),
    asc(investments.id),
  ];
}

/** What a chart point is made of, from either schema (the download selects the same). */
export function investmentChartColumns({ investments }: Tables) {
  return {
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
}

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
  db: Database,
  params: InvestmentChartParams,
): Promise<InvestmentChartPoint[]> {
  const reader = readerOf(db);
  const { investments } = reader.tables;
  const rows = await selectRows(
    reader,
    `investment chart ${JSON.stringify(params)}`,
    investmentChartColumns(reader.tables),
    () => sql`FROM ${investments}${whereClause(investmentChartWhere(params, reader))}
      ORDER BY ${sql.join(investmentChartOrder(reader), sql`, `)}`,
  );
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
