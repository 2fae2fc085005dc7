import { asc, desc, sql } from 'drizzle-orm';
import type { TradeFilter } from '@tianshan/model';
import type { Db } from '../client';
import { tradeReports } from '../schema';
import { tradeWhere } from '../queries/trade-filter';
import { sourceColumns, SOURCE_CSV_COLUMNS } from './source-columns';
import type { ExportQuery } from './export-query';

/** Trade export columns: the starter dataset's columns plus our ids, so an export re-imports as updates. */
export const TRADE_CSV_COLUMNS = [
  { name: 'id', kind: 'number' },
  { name: 'country_iso2', kind: 'text' },
  { name: 'year', kind: 'number' },
  { name: 'period', kind: 'text' },
  { name: 'reporter', kind: 'text' },
  { name: 'product_code', kind: 'text' },
  { name: 'total_usd', kind: 'number' },
  { name: 'china_exports_usd', kind: 'number' },
  { name: 'china_imports_usd', kind: 'number' },
  { name: 'balance_usd', kind: 'number' },
  { name: 'qualifier', kind: 'text' },
  { name: 'yoy_growth_pct', kind: 'number' },
  { name: 'preferred', kind: 'text' },
  { name: 'notes', kind: 'text' },
  ...SOURCE_CSV_COLUMNS,
] as const;

export function tradeExportQuery(db: Db, filter: TradeFilter): ExportQuery {
  const t = tradeReports;
  const query = db
    .select({
      id: t.id,
      country_iso2: t.scope,
      year: t.year,
      period: t.period,
      reporter: t.reporter,
      product_code: t.productCode,
      total_usd: t.totalUsd,
      china_exports_usd: t.chinaExportsUsd,
      china_imports_usd: t.chinaImportsUsd,
      // Only where the source states both flows; never derived from the total.
      balance_usd: sql<number | null>`${t.chinaExportsUsd} - ${t.chinaImportsUsd}`,
      qualifier: t.qualifier,
      // Basis points back to a percentage; printf keeps it exact (1470 → 14.7, 978 → 9.78).
      yoy_growth_pct: sql<string | null>`CASE WHEN ${t.yoyGrowthBp} IS NULL THEN NULL ELSE rtrim(rtrim(printf('%.2f', ${t.yoyGrowthBp} / 100.0), '0'), '.') END`,
      preferred: sql<string | null>`CASE WHEN ${t.preferred} THEN 'true' ELSE NULL END`,
      notes: t.notes,
      ...sourceColumns('trade-report', sql`${t.id}`),
    })
    .from(t)
    .where(tradeWhere(filter))
    .orderBy(asc(t.scope), desc(t.year), asc(t.periodEndMonth), asc(t.reporter), asc(t.id));
  const { sql: text, params } = query.toSQL();
  return { sql: text, params, columns: TRADE_CSV_COLUMNS };
}
