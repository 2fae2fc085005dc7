import { eq, sql } from 'drizzle-orm';
import { sourceGradeRank, type Qualifier, type TradeFilter } from '@tianshan/model';
import type { tradeReports } from '../schema';
import { sourcesFor, type SourceRef } from './citations';
import { readerOf, type Database } from './reader/reader';
import { allColumns, selectRows, whereClause } from './reader/selection';
import { tradeWhere } from './trade-filter';

export type TradeRow = typeof tradeReports.$inferSelect & { sources: SourceRef[] };

export interface TradeFigure extends TradeRow {
  /**
   * Why this report is the one shown: the admin chose it, it is exact, it is the latest, or (the rest
   * being equal) its source is better graded.
   */
  preferredBecause:
    'admin-choice' | 'only-report' | 'exact-over-bound' | 'latest-source' | 'better-source';
  alternatives: TradeRow[];
}

export async function listTradeReports(
  db: Database,
  filter: TradeFilter,
  page = { limit: 500, offset: 0 },
): Promise<TradeRow[]> {
  const reader = readerOf(db);
  const t = reader.tables.tradeReports;
  const rows = await selectRows(
    reader,
    `trade reports ${JSON.stringify([filter, page])}`,
    allColumns(t),
    () => sql`FROM ${t}${whereClause(tradeWhere(filter, reader))}
      ORDER BY ${reader.byCodePoint(t.scope)}, ${t.year} DESC, ${t.periodEndMonth},
        ${reader.byCodePoint(t.reporter)}, ${t.id}
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
  const map = await sourcesFor(
    db,
    'trade-report',
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sources: map.get(r.id) ?? [] }));
}

export async function countTradeReports(db: Database, filter: TradeFilter): Promise<number> {
  const reader = readerOf(db);
  const t = reader.tables.tradeReports;
  const [row] = await selectRows(
    reader,
    `trade report count ${JSON.stringify(filter)}`,
    { n: sql<number>`count(*)` },
    () => sql`FROM ${t}${whereClause(tradeWhere(filter, reader))}`,
  );
  return row?.n ?? 0;
}

const QUALIFIER_RANK: Record<Qualifier, number> = {
  exact: 0,
  about: 1,
  'more-than': 2,
  'less-than': 2,
  'at-most': 2,
};

function latestSourceDate(row: TradeRow): string {
  return row.sources.reduce(
    (max, s) => ((s.publishedOn ?? '') > max ? (s.publishedOn ?? '') : max),
    '',
  );
}

/** A report is as good as the best-graded source it cites (official statistics first). */
function bestGradeRank(row: TradeRow): number {
  return Math.min(sourceGradeRank(null), ...row.sources.map((s) => sourceGradeRank(s.grade)));
}

/**
 * The preferred-figure rule: an explicit admin choice, else an exact figure over a bound or an
 * approximation, else the report whose source is newest, else the report whose source is better graded.
 * Ties keep the earlier record.
 */
export function choosePreferred(reports: TradeRow[]): TradeFigure {
  const ranked = [...reports].sort((a, b) => {
    if (Boolean(a.preferred) !== Boolean(b.preferred)) return a.preferred ? -1 : 1;
    const q = QUALIFIER_RANK[a.qualifier as Qualifier] - QUALIFIER_RANK[b.qualifier as Qualifier];
    if (q !== 0) return q;
    const d = latestSourceDate(b).localeCompare(latestSourceDate(a));
    if (d !== 0) return d;
    const g = bestGradeRank(a) - bestGradeRank(b);
    if (g !== 0) return g;
    return a.id - b.id;
  });
  const [best, ...rest] = ranked as [TradeRow, ...TradeRow[]];
  let because: TradeFigure['preferredBecause'] = 'only-report';
  if (rest.length > 0) {
    if (best.preferred) because = 'admin-choice';
    else if (
      rest.some(
        (r) =>
          QUALIFIER_RANK[r.qualifier as Qualifier] > QUALIFIER_RANK[best.qualifier as Qualifier],
      )
    )
      because = 'exact-over-bound';
    else if (rest.some((r) => latestSourceDate(r) < latestSourceDate(best)))
      because = 'latest-source';
    else if (rest.some((r) => bestGradeRank(r) > bestGradeRank(best))) because = 'better-source';
    else because = 'latest-source';
  }
  return { ...best, preferredBecause: because, alternatives: rest };
}

function keyOf(r: TradeRow): string {
  return `${r.scope}|${r.year}|${r.period}|${r.reporter}|${r.productCode ?? ''}`;
}

/** One preferred figure per scope/year/period/reporter, each carrying the other reports as alternatives. */
export async function preferredTradeFigures(
  db: Database,
  filter: TradeFilter,
): Promise<TradeFigure[]> {
  const rows = await listTradeReports(db, filter, { limit: 1_000_000, offset: 0 });
  const groups = new Map<string, TradeRow[]>();
  for (const r of rows) {
    const list = groups.get(keyOf(r)) ?? [];
    list.push(r);
    groups.set(keyOf(r), list);
  }
  return [...groups.values()].map(choosePreferred);
}

/** The explorer's order: newest period first, then country and reporter. */
function newestFirst(a: TradeFigure, b: TradeFigure): number {
  return (
    b.year - a.year ||
    b.periodEndMonth - a.periodEndMonth ||
    a.scope.localeCompare(b.scope) ||
    a.reporter.localeCompare(b.reporter)
  );
}

/**
 * One page of the preferred figures, newest first, and how many there are in all. Grouping needs every
 * report of a key, so the filter's reports are read whole and only the page is returned.
 */
export async function preferredTradeFigurePage(
  db: Database,
  filter: TradeFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: TradeFigure[]; total: number; offset: number }> {
  const figures = (await preferredTradeFigures(db, filter)).sort(newestFirst);
  // A page past the end is the last page: the returned offset says which rows these are.
  const lastPage = Math.max(0, Math.ceil(figures.length / page.limit) - 1) * page.limit;
  const offset = Math.min(page.offset, lastPage);
  return { rows: figures.slice(offset, offset + page.limit), total: figures.length, offset };
}

export async function tradeReportById(db: Database, id: number): Promise<TradeRow | null> {
  const reader = readerOf(db);
  const t = reader.tables.tradeReports;
  const [row] = await selectRows(
    reader,
    'trade report by id',
    allColumns(t),
    () => sql`FROM ${t} WHERE ${eq(t.id, sql.placeholder('id'))}`,
    { id },
  );
  if (!row) return null;
  return { ...row, sources: (await sourcesFor(db, 'trade-report', [id])).get(id) ?? [] };
}
