import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { investments } from '../schema';
import {
  INVESTMENT_CHART_COLUMNS,
  type InvestmentChartParams,
  investmentChartOrder,
  investmentChartWhere,
} from '../queries/investment-chart';
import type { ExportColumn, ExportQuery } from './export-query';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';

/** Exactly the points the investment charts draw, one line each, in the charts' order. */
const INVESTMENT_CHART_CSV_COLUMNS: readonly ExportColumn[] = [
  { name: 'id', kind: 'number' },
  { name: 'country_iso2', kind: 'text' },
  { name: 'metric_kind', kind: 'text' },
  { name: 'coverage', kind: 'text' },
  { name: 'metric', kind: 'text' },
  { name: 'as_of', kind: 'date' },
  { name: 'as_of_label', kind: 'text' },
  { name: 'value_usd', kind: 'number' },
  { name: 'count', kind: 'number' },
  { name: 'qualifier', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
];

export function investmentChartExportQuery(db: Db, params: InvestmentChartParams): ExportQuery {
  const { sql: text, params: values } = db
    .select({
      ...INVESTMENT_CHART_COLUMNS,
      ...sourceColumns('investment', sql`${investments.id}`),
    })
    .from(investments)
    .where(investmentChartWhere(params))
    .orderBy(...investmentChartOrder)
    .toSQL();
  return { sql: text, params: values, columns: INVESTMENT_CHART_CSV_COLUMNS };
}
