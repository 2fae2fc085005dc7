import { and, eq, sql } from 'drizzle-orm';
import type { RecordKind, SourceGrade } from '@tianshan/model';
import { readerOf, type Database } from './reader/reader';
import { selectRows } from './reader/selection';
import { sourceSummaryColumns } from './source-summary';

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
  db: Database,
  kind: RecordKind,
  ids: number[],
): Promise<Map<number, SourceRef[]>> {
  const result = new Map<number, SourceRef[]>();
  if (ids.length === 0) return result;
  const reader = readerOf(db);
  const { citations, sources } = reader.tables;
  const rows = await selectRows(
    reader,
    'sources of records',
    {
      recordId: citations.recordId,
      ...sourceSummaryColumns(reader.tables),
      language: sources.language,
      quote: citations.quote,
      page: citations.page,
    },
    () => sql`FROM ${citations} INNER JOIN ${sources} ON ${eq(sources.id, citations.sourceId)}
      WHERE ${and(
        eq(citations.recordKind, sql.placeholder('kind')),
        sql`${citations.recordId} IN ${reader.list('ids')}`,
      )}
      ORDER BY ${citations.id}`,
    { kind, ids },
  );
  for (const { recordId, ...ref } of rows) {
    const list = result.get(recordId) ?? [];
    list.push(ref);
    result.set(recordId, list);
  }
  return result;
}
