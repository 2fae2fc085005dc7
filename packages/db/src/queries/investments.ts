import { and, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { InvestmentCoverage, InvestmentFilter } from '@tianshan/model';
import type { investments } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { readerOf, type Database, type SqlDialect } from './reader/reader';
import { allColumns, selectRows, whereClause } from './reader/selection';
import { sqliteSql } from './reader/sqlite-reader';
import { textSearch } from './search';

export type InvestmentRow = typeof investments.$inferSelect & { sources: SourceRef[] };

/** The one translation of an investment filter into SQL, in either dialect (SQLite's unless told). */
export function investmentWhere(
  filter: InvestmentFilter,
  dialect: SqlDialect = sqliteSql,
): SQL | undefined {
  const { investments } = dialect.tables;
  return and(
    isNull(investments.deletedAt),
    filter.countries?.length ? inArray(investments.scope, filter.countries) : undefined,
    filter.metricKinds?.length ? inArray(investments.metricKind, filter.metricKinds) : undefined,
    filter.coverages?.length ? inArray(investments.coverage, filter.coverages) : undefined,
    filter.sectors?.length ? inArray(investments.sector, filter.sectors) : undefined,
    filter.yearFrom !== undefined ? gte(investments.year, filter.yearFrom) : undefined,
    filter.yearTo !== undefined ? lte(investments.year, filter.yearTo) : undefined,
    textSearch(
      filter.search,
      [investments.metricLabel, investments.notes, investments.investor, investments.reporterBasis],
      dialect.like,
    ),
  );
}

export async function listInvestments(
  db: Database,
  filter: InvestmentFilter,
  page = { limit: 500, offset: 0 },
): Promise<InvestmentRow[]> {
  const reader = readerOf(db);
  const t = reader.tables.investments;
  const rows = await selectRows(
    reader,
    `investments ${JSON.stringify([filter, page])}`,
    allColumns(t),
    () => sql`FROM ${t}${whereClause(investmentWhere(filter, reader))}
      ORDER BY ${reader.byCodePoint(t.scope)}, ${reader.byCodePoint(t.metricKind)},
        ${reader.byCodePoint(t.asOf)} DESC, ${t.id}
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const map = await sourcesFor(
    db,
    'investment',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sources: map.get(r.id) ?? [] }));
}

export interface InvestmentGroup {
  scope: string;
  metricKind: string;
  coverage: InvestmentCoverage;
  records: number;
  /**
   * The newest figure of this kind and coverage for this scope: China's FDI into a whole country is never
   * compared with its FDI into one sector, nor with all origins' FDI; different kinds are never added.
   */
  latest: InvestmentRow;
}

/** Per scope, metric kind and coverage: how many figures exist and the newest one. */
export async function investmentSummary(
  db: Database,
  filter: InvestmentFilter,
): Promise<InvestmentGroup[]> {
  const rows = await listInvestments(db, filter, { limit: 100_000, offset: 0 });
  const groups = new Map<string, InvestmentGroup>();
  for (const r of rows) {
    // Only a database migrated from before the column lacks it, until the migration's fill has run.
    const coverage = r.coverage ?? 'other';
    const key = `${r.scope}|${r.metricKind}|${coverage}`;
    const g = groups.get(key);
    if (!g)
      groups.set(key, {
        scope: r.scope,
        metricKind: r.metricKind,
        coverage,
        records: 1,
        latest: r,
      });
    else {
      g.records++;
      if (r.asOf > g.latest.asOf) g.latest = r;
    }
  }
  return [...groups.values()];
}

export async function countInvestments(db: Database, filter: InvestmentFilter): Promise<number> {
  const reader = readerOf(db);
  const t = reader.tables.investments;
  const [row] = await selectRows(
    reader,
    `investment count ${JSON.stringify(filter)}`,
    { n: sql<number>`count(*)` },
    () => sql`FROM ${t}${whereClause(investmentWhere(filter, reader))}`,
  );
  return row?.n ?? 0;
}
