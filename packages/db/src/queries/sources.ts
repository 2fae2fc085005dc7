import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { SourceGrade } from '@tianshan/model';
import { readerOf, type Database, type SqlDialect } from './reader/reader';
import { allColumns, selectRows, whereClause } from './reader/selection';
import { sqliteSql } from './reader/sqlite-reader';
import { sourceSummaryColumns } from './source-summary';
import { textSearch } from './search';

export interface SourceListParams {
  search?: string;
  /** Only sources of these grades; all when absent or empty. */
  grades?: SourceGrade[];
}

/** The list's filter, shared with its CSV export so both show the same rows (SQLite's unless told). */
export function sourceListWhere(params: SourceListParams, dialect: SqlDialect = sqliteSql) {
  const { sources } = dialect.tables;
  return and(
    isNull(sources.deletedAt),
    textSearch(params.search, [sources.title, sources.publisher, sources.url], dialect.like),
    params.grades?.length ? inArray(sources.grade, params.grades) : undefined,
  );
}

export async function listSources(db: Database, options: SourceListParams = {}) {
  const reader = readerOf(db);
  const { sources } = reader.tables;
  return selectRows(
    reader,
    `sources ${JSON.stringify(options)}`,
    {
      ...sourceSummaryColumns(reader.tables),
      citationCount: sql<number>`(SELECT count(*) FROM citations c WHERE c.source_id = ${sources.id})`,
    },
    () => sql`FROM ${sources}${whereClause(sourceListWhere(options, reader))}
      ORDER BY ${sources.publishedOn} IS NULL, ${reader.byCodePoint(sources.publishedOn)} DESC,
        ${reader.byCodePoint(sources.title)}`,
  );
}

export async function sourceById(db: Database, id: number) {
  const reader = readerOf(db);
  const { sources, citations } = reader.tables;
  const [source] = await selectRows(
    reader,
    'source by id',
    allColumns(sources),
    () =>
      sql`FROM ${sources} WHERE ${and(eq(sources.id, sql.placeholder('id')), isNull(sources.deletedAt))}`,
    { id },
  );
  if (!source) return null;
  const cites = await selectRows(
    reader,
    'citations of a source',
    {
      recordKind: citations.recordKind,
      recordId: citations.recordId,
      quote: citations.quote,
      page: citations.page,
    },
    () => sql`FROM ${citations} WHERE ${eq(citations.sourceId, sql.placeholder('id'))}
      ORDER BY ${reader.byCodePoint(citations.recordKind)}, ${citations.recordId}`,
    { id },
  );
  return { ...source, citations: cites };
}

/** The newest publication date among the sources: how fresh the data on screen is. */
export async function dataFreshness(db: Database): Promise<string | null> {
  const reader = readerOf(db);
  const { sources } = reader.tables;
  const [row] = await selectRows(
    reader,
    'data freshness',
    { d: sql<string | null>`max(${sources.publishedOn})` },
    () => sql`FROM ${sources} WHERE ${isNull(sources.deletedAt)}`,
  );
  return row?.d ?? null;
}
