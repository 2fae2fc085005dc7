import { and, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { TradeFilter } from '@tianshan/model';
import { tradeReports } from '../schema';
import { textSearch } from './search';

/** The one translation of a trade filter into SQL, shared by the list, the charts and the CSV export. */
export function tradeWhere(filter: TradeFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [isNull(tradeReports.deletedAt)];
  if (filter.countries?.length) parts.push(inArray(tradeReports.scope, filter.countries));
  if (filter.yearFrom !== undefined) parts.push(gte(tradeReports.year, filter.yearFrom));
  if (filter.yearTo !== undefined) parts.push(lte(tradeReports.year, filter.yearTo));
  if (filter.periodKinds?.length) parts.push(inArray(tradeReports.periodKind, filter.periodKinds));
  if (filter.reporters?.length) parts.push(inArray(tradeReports.reporter, filter.reporters));
  // Headline views compare totals; product-level rows are only included when a product is asked for.
  if (filter.productCode !== 'all') {
    parts.push(
      filter.productCode
        ? eq(tradeReports.productCode, filter.productCode)
        : isNull(tradeReports.productCode),
    );
  }
  parts.push(textSearch(filter.search, [tradeReports.notes, tradeReports.period]));
  return and(...parts);
}
