import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { SourceGrade } from '@tianshan/model';
import type { Db } from '../client';
import { citations, sources } from '../schema';
import { readerOf, type Database } from './reader/reader';
import { selectRows } from './reader/selection';
import { textSearch } from './search';

export interface SourceListParams {
  search?: string;
  /** Only sources of these grades; all when absent or empty. */
  grades?: SourceGrade[];
}

/** The list's filter, shared with its CSV export so both show the same rows. */
export function sourceListWhere(params: SourceListParams) {
  return and(
    isNull(sources.deletedAt),
    textSearch(params.search, [sources.title, sources.publisher, sources.url]),
    params.grades?.length ? inArray(sources.grade, params.grades) : undefined,
  );
}

export async function listSources(db: Db, options: SourceListParams = {}) {
  return db
    .select({
      id: sources.id,
      title: sources.title,
      publisher: sources.publisher,
      url: sources.url,
      publishedOn: sources.publishedOn,
      publishedLabel: sources.publishedLabel,
      grade: sources.grade,
      // Written out by hand: inside a select list Drizzle drops table qualifiers, which would
      // turn this correlated subquery into a self-comparison on citations.
      citationCount: sql<number>`(SELECT count(*) FROM citations c WHERE c.source_id = "sources"."id")`,
    })
    .from(sources)
    .where(sourceListWhere(options))
    .orderBy(sql`${sources.publishedOn} IS NULL`, desc(sources.publishedOn), asc(sources.title))
    .all();
}

export async function sourceById(db: Db, id: number) {
  const source = db
    .select()
    .from(sources)
    .where(and(eq(sources.id, id), isNull(sources.deletedAt)))
    .get();
  if (!source) return null;
  const cites = db
    .select({
      recordKind: citations.recordKind,
      recordId: citations.recordId,
      quote: citations.quote,
      page: citations.page,
    })
    .from(citations)
    .where(eq(citations.sourceId, id))
    .orderBy(asc(citations.recordKind), asc(citations.recordId))
    .all();
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
