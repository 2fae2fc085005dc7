import { asc, desc, sql } from 'drizzle-orm';
import { tradeReportDescriptor, type TradeFilter } from '@tianshan/model';
import { tradeWhere } from '../queries/trade-filter';
import { exportColumns, exportSelection } from './descriptor-select';
import { recordSources, SOURCE_CSV_COLUMNS } from './source-columns';
import type { PortableExport } from './export-query';
import { selectList, whereClause } from '../queries/reader/selection';

/** Trade export columns: the starter dataset's columns plus our ids, so an export re-imports as updates. */
export const TRADE_CSV_COLUMNS = [...exportColumns(tradeReportDescriptor), ...SOURCE_CSV_COLUMNS];

/** The trade list with its sources, on either database, in the list's order. */
export function tradeExport(filter: TradeFilter): PortableExport {
  return {
    columns: TRADE_CSV_COLUMNS,
    statement: (dialect) => {
      const t = dialect.tables.tradeReports;
      const cited = recordSources('trade-report', sql`${t.id}`, dialect);
      const selection = {
        ...exportSelection(
          tradeReportDescriptor,
          t,
          {
            balance_usd: sql<number | null>`${t.chinaExportsUsd} - ${t.chinaImportsUsd}`,
            preferred: sql<string | null>`CASE WHEN ${t.preferred} THEN 'true' ELSE NULL END`,
          },
          dialect,
        ),
        ...cited.columns,
      };
      const text = dialect.byCodePoint;
      return sql`SELECT ${selectList(selection)} FROM ${t}${cited.join}${whereClause(tradeWhere(filter, dialect))}
        ORDER BY ${asc(text(t.scope))}, ${desc(t.year)}, ${dialect.sorted(t.periodEndMonth, 'asc')}, ${asc(text(t.reporter))}, ${asc(t.id)}`;
    },
  };
}
