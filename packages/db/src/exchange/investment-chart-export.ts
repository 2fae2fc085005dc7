import { sql } from 'drizzle-orm';
import {
  investmentChartColumns,
  type InvestmentChartParams,
  investmentChartOrder,
  investmentChartWhere,
} from '../queries/investment-chart';
import { selectList, whereClause } from '../queries/reader/selection';
import type { ExportColumn, PortableExport } from './export-query';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';

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

/** The charts' points with their sources, on either database. */
export function investmentChartExport(params: InvestmentChartParams): PortableExport {
  return {
    columns: INVESTMENT_CHART_CSV_COLUMNS,
    statement: (dialect) => {
      const { investments } = dialect.tables;
      const cited = recordSources('investment', sql`${investments.id}`, dialect);
      return sql`SELECT ${selectList({
        ...investmentChartColumns(dialect.tables),
        ...cited.columns,
      })} FROM ${investments}${cited.join}${whereClause(investmentChartWhere(params, dialect))}
        ORDER BY ${sql.join(investmentChartOrder(dialect), sql`, `)}`;
    },
  };
}
