import { asc, desc, sql } from 'drizzle-orm';
import { tradeReportDescriptor, type TradeFilter } from '@tianshan/model';
import type { Db } from '../client';
import { tradeReports } from '../schema';
import { tradeWhere } from '../queries/trade-filter';
import { exportColumns, exportSelection } from './descriptor-select';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';
import type { ExportQuery } from './export-query';

/** Trade export columns: the starter dataset's columns plus our ids, so an export re-imports as updates. */
export const TRADE_CSV_COLUMNS = [...exportColumns(tradeReportDescriptor), ...SOURCE_CSV_COLUMNS];

export function tradeExportQuery(db: Db, filter: TradeFilter): ExportQuery {
  const t = tradeReports;
  const query = db
    .select({
      ...exportSelection(tradeReportDescriptor, t, {
        balance_usd: sql<number | null>`${t.chinaExportsUsd} - ${t.chinaImportsUsd}`,
        preferred: sql<string | null>`CASE WHEN ${t.preferred} THEN 'true' ELSE NULL END`,
      }),
      ...sourceColumns('trade-report', sql`${t.id}`),
    })
    .from(t)
    .where(tradeWhere(filter))
    .orderBy(asc(t.scope), desc(t.year), asc(t.periodEndMonth), asc(t.reporter), asc(t.id));
  const { sql: text, params } = query.toSQL();
  return { sql: text, params, columns: TRADE_CSV_COLUMNS };
}
