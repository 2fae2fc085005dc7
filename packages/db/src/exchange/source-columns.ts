import { sql, type SQL } from 'drizzle-orm';
import type { RecordKind } from '@tianshan/model';

/**
 * Each exported record carries its first source in three plain columns (the same columns the import
 * reads) and any further sources as a JSON array, so one row is still one line in a spreadsheet.
 */
export function sourceColumns(kind: RecordKind, idColumn: SQL) {
  const first = (field: string) =>
    sql.raw(
      `(SELECT ${field} FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_kind = '${kind}' AND c.record_id = `,
    );
  const close = sql.raw(' ORDER BY c.id LIMIT 1)');
  return {
    source_title: sql<string | null>`${first('s.title')}${idColumn}${close}`,
    source_url: sql<string | null>`${first('s.url')}${idColumn}${close}`,
    source_date: sql<string | null>`${first('coalesce(s.published_label, s.published_on)')}${idColumn}${close}`,
    more_sources: sql<string | null>`(SELECT json_group_array(json_object('title', s.title, 'url', s.url, 'date', coalesce(s.published_label, s.published_on)))
      FROM (SELECT * FROM citations c WHERE c.record_kind = ${kind} AND c.record_id = ${idColumn} ORDER BY c.id LIMIT -1 OFFSET 1) c2
      JOIN sources s ON s.id = c2.source_id HAVING count(*) > 0)`,
  };
}

export const SOURCE_CSV_COLUMNS = [
  { name: 'source_title', kind: 'text' },
  { name: 'source_url', kind: 'text' },
  { name: 'source_date', kind: 'date' },
  { name: 'more_sources', kind: 'text' },
] as const;
