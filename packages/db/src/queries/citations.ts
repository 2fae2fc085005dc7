import { and, eq, sql } from 'drizzle-orm';
import type { RecordKind, SourceGrade } from '@tianshan/model';
import type { Db } from '../client';
import { jsonList, preparedOnce } from '../prepared';
import { citations, sources } from '../schema';

export interface SourceRef {
  id: number;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string | null;
  publishedLabel: string | null;
  /** The page's language (ISO 639-1), where known: the quote is in it. */
  language: string | null;
  /** How far the source can be trusted; shown beside its link. */
  grade: SourceGrade | null;
  quote: string | null;
  page: string | null;
}

/** The sources of many records in one prepared query, so lists never do one query per row. */
export async function sourcesFor(
  db: Db,
  kind: RecordKind,
  ids: number[],
): Promise<Map<number, SourceRef[]>> {
  const result = new Map<number, SourceRef[]>();
  if (ids.length === 0) return result;
  const statement = preparedOnce(db, 'sources of records', () =>
    db
      .select({
        recordId: citations.recordId,
        id: sources.id,
        title: sources.title,
        publisher: sources.publisher,
        url: sources.url,
        publishedOn: sources.publishedOn,
        publishedLabel: sources.publishedLabel,
        language: sources.language,
        grade: sources.grade,
        quote: citations.quote,
        page: citations.page,
      })
      .from(citations)
      .innerJoin(sources, eq(sources.id, citations.sourceId))
      .where(
        and(
          eq(citations.recordKind, sql.placeholder('kind')),
          sql`${citations.recordId} IN ${jsonList('ids')}`,
        ),
      )
      .orderBy(citations.id)
      .prepare(),
  );
  for (const { recordId, ...ref } of statement.all({ kind, ids: JSON.stringify(ids) })) {
    const list = result.get(recordId) ?? [];
    list.push(ref);
    result.set(recordId, list);
  }
  return result;
}
