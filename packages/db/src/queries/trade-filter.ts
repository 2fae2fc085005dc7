import { and, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { TradeFilter } from '@tianshan/model';
import type { SqlDialect } from './reader/reader';
import { sqliteSql } from './reader/sqlite-reader';
import { textSearch } from './search';

/**
 * The one translation of a trade filter into SQL, shared by the list, the charts and the CSV export, in
 * either dialect (SQLite's unless told: the export still streams from SQLite).
 */
export function tradeWhere(filter: TradeFilter, dialect: SqlDialect = sqliteSql): SQL | undefined {
  const t = dialect.tables.tradeReports;
  const parts: (SQL | undefined)[] = [isNull(t.deletedAt)];
  if (filter.countries?.length) parts.push(inArray(t.scope, filter.countries));
  if (filter.yearFrom !== undefined) parts.push(gte(t.year, filter.yearFrom));
  if (filter.yearTo !== undefined) parts.push(lte(t.year, filter.yearTo));
  if (filter.periodKinds?.length) parts.push(inArray(t.periodKind, filter.periodKinds));
  if (filter.reporters?.length) parts.push(inArray(t.reporter, filter.reporters));
  // Headline views compare totals; product-level rows are only included when a product is asked for.
  if (filter.productCode !== 'all') {
    parts.push(filter.productCode ? eq(t.productCode, filter.productCode) : isNull(t.productCode));
  }
  parts.push(textSearch(filter.search, [t.notes, t.period], dialect.like));
  return and(...parts);
}
