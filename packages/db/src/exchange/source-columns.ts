import { sql, type SQL } from 'drizzle-orm';
import {
  CITATION_COLUMNS,
  MORE_SOURCES_COLUMN,
  moreSourcesKey,
  type RecordKind,
} from '@tianshan/model';
import { citations, sources } from '../schema';
import { columnOf } from './descriptor-select';
import type { ExportColumn } from './export-query';
import { postgresSql } from '../queries/reader/postgres-reader';
import type { SqlDialect } from '../queries/reader/reader';
import { sqliteSql } from '../queries/reader/sqlite-reader';

/**
 * A source field as a record's export shows it (a date stated as "c.2013" keeps its wording), or a field of
 * the citation itself (its quote), read from the citation row aliased `citation`.
 */
function cellOf(column: (typeof CITATION_COLUMNS)[number], citation: string, source = 's'): string {
  if (column.owner === 'citation') return `${citation}.${columnOf(citations, column.field).name}`;
  if (column.field === 'publishedOn')
    return `coalesce(${source}.published_label, ${source}.published_on)`;
  return `${source}.${columnOf(sources, column.field).name}`;
}

/** The further sources as one JSON array (compact, keys in column order), NULL when there are none. */
function moreSourcesSql(kind: RecordKind, idColumn: SQL, dialect: SqlDialect): SQL<string | null> {
  const pairs = CITATION_COLUMNS.map((c) => `'${moreSourcesKey(c.name)}', ${cellOf(c, 'c2')}`).join(
    ', ',
  );
  if (dialect === postgresSql)
    // The driver parses json into an object; the stream writes it back compact, as SQLite's text is.
    return sql<
      string | null
    >`(SELECT json_agg(${sql.raw(`json_build_object(${pairs})`)} ORDER BY c2.id)
      FROM (SELECT * FROM citations c WHERE c.record_kind = ${kind} AND c.record_id = ${idColumn} ORDER BY c.id OFFSET 1) c2
      JOIN sources s ON s.id = c2.source_id HAVING count(*) > 0)`;
  return sql<string | null>`(SELECT json_group_array(${sql.raw(`json_object(${pairs})`)})
      FROM (SELECT * FROM citations c WHERE c.record_kind = ${kind} AND c.record_id = ${idColumn} ORDER BY c.id LIMIT -1 OFFSET 1) c2
      JOIN sources s ON s.id = c2.source_id HAVING count(*) > 0)`;
}

/** The start of a subquery for one column of a record's first source; the record's id and its end follow. */
function firstBySubquery(kind: RecordKind, column: (typeof CITATION_COLUMNS)[number]): SQL {
  return sql.raw(
    `(SELECT ${cellOf(column, 'c')} FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_kind = '${kind}' AND c.record_id = `,
  );
}

/** A record's sources as its export shows them: `columns` for its SELECT, `join` to follow its FROM. */
export interface RecordSources {
  columns: Record<string, SQL>;
  join: SQL;
}

/**
 * Each exported record carries its first source in plain columns (the same columns the import reads) and
 * any further sources as a JSON array, so one row is still one line in a spreadsheet. On PostgreSQL the
 * first citation and its source are joined once per row (`join`, placed after the record's table and its
 * own joins), on the record's smallest citation id, where a subquery per column looked them up six times a
 * row (1,000,000 trade rows: psql 29.9 → 19.4 s, the export 47.7 → 30.8 s). SQLite keeps the subqueries:
 * there the join made the statement 40% faster but the served export only 18%, and the server's peak
 * memory during it rose past the 64 MB goal (63.5 → 84–95 MB), the rows outrunning the response stream.
 */
export function recordSources(
  kind: RecordKind,
  idColumn: SQL,
  dialect: SqlDialect = sqliteSql,
): RecordSources {
  const columns: Record<string, SQL> = {};
  const joined = dialect === postgresSql;
  for (const c of CITATION_COLUMNS)
    columns[c.name] = joined
      ? sql<string | null>`${sql.raw(cellOf(c, 'first_citation', 'first_source'))}`
      : sql<
          string | null
        >`${firstBySubquery(kind, c)}${idColumn}${sql.raw(' ORDER BY c.id LIMIT 1)')}`;
  columns[MORE_SOURCES_COLUMN] = moreSourcesSql(kind, idColumn, dialect);
  if (!joined) return { columns, join: sql`` };
  const join = sql` LEFT JOIN citations first_citation ON first_citation.id = (SELECT min(c.id) FROM citations c WHERE c.record_kind = ${sql.raw(`'${kind}'`)} AND c.record_id = ${idColumn})
    LEFT JOIN sources first_source ON first_source.id = first_citation.source_id`;
  return { columns, join };
}

export const SOURCE_CSV_COLUMNS: readonly ExportColumn[] = [
  ...CITATION_COLUMNS.map((c) => ({ name: c.name, kind: c.kind })),
  { name: MORE_SOURCES_COLUMN, kind: 'text' },
];
