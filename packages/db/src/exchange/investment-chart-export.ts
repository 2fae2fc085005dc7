import { sql } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import {
  investmentChartColumns,
  type InvestmentChartParams,
  investmentChartOrder,
  investmentChartWhere,
} from '../queries/investment-chart';
import { selectList, whereClause } from '../queries/reader/selection';
import { sqliteSql } from '../queries/reader/sqlite-reader';
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

const dialect = new SQLiteSyncDialect();

export function investmentChartExportQuery(_db: Db, params: InvestmentChartParams): ExportQuery {
  const { investments } = sqliteSql.tables;
  const { sql: text, params: values } = dialect.sqlToQuery(
    sql`SELECT ${selectList({
      ...investmentChartColumns(sqliteSql.tables),
      ...sourceColumns('investment', sql`${investments.id}`),
    })} FROM ${investments}${whereClause(investmentChartWhere(params))}
      ORDER BY ${sql.join(investmentChartOrder(), sql`, `)}`,
  );
  return { sql: text, params: values, columns: INVESTMENT_CHART_CSV_COLUMNS };
}
