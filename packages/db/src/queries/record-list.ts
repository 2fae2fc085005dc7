import type { Column } from 'drizzle-orm';
import {
  and,
  getTableColumns,
  getTableName,
  is,
  isNotNull,
  isNull,
  sql,
  Table,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import {
  LISTED_KINDS,
  listFieldsOf,
  searchableFieldsOf,
  sortableFieldsOf,
  type ListedKind,
} from '@tianshan/model';
import { sources } from '../schema';
import { CITED_KINDS } from '../write/record-kinds';
import { countryListSql } from './country-list';
import { readerOf, type Database, type SqlDialect } from './reader/reader';
import { selectRows, whereClause, type Selection } from './reader/selection';
import { textSearch } from './search';

export const RECORD_PAGE_SIZES = [25, 50, 100] as const;

export interface RecordListParams {
  kind: ListedKind;
  /** Text looked for in the kind's searchable fields. */
  search?: string;
  /** A sortable field of the kind, or `id`. */
  sort: string;
  dir: 'asc' | 'desc';
  /** From 1. */
  page: number;
  pageSize: number;
  /** Deleted records instead of live ones, so an admin can find and restore them. */
  deleted: boolean;
}

/** A listed record: the kind's listed fields by name, and the bookkeeping every kind has. */
export type ListedRecord = Record<string, unknown> & {
  id: number;
  version: number;
  deletedAt: string | null;
};

export interface RecordList {
  rows: ListedRecord[];
  total: number;
}

/** The kind's table in the connection's own schema, found by the name the write layer's table has. */
function tableOf(kind: ListedKind, dialect: SqlDialect): Table {
  const name = getTableName(kind === 'source' ? sources : CITED_KINDS[kind].table);
  const table = Object.values(dialect.tables).find(
    (t): t is Table => is(t, Table) && getTableName(t) === name,
  );
  if (!table) throw new Error(`no table ${name} in this schema`);
  return table;
}

/** Countries of projects and events live in a join table: listed as `KG;UZ`, the kind's CSV spelling. */
function countriesOf(kind: ListedKind, dialect: SqlDialect): SQL | undefined {
  return kind === 'project' || kind === 'event' ? countryListSql(kind, dialect) : undefined;
}

/**
 * One page of a kind's records, for the editor's workbench: the kind's listed fields plus id, version and
 * deletion mark. Search, order and paging run in SQL (limit/offset): only one page ever leaves the database,
 * however many rows the kind has. The order always ends on the id, so pages never overlap or skip a row.
 */
export async function listRecords(db: Database, params: RecordListParams): Promise<RecordList> {
  const reader = readerOf(db);
  const descriptor = LISTED_KINDS[params.kind];
  const table = tableOf(params.kind, reader);
  const columns = getTableColumns(table) as Record<string, Column | undefined>;
  const column = (name: string) => columns[name];
  const selection: Selection = {};
  for (const name of ['id', 'version', 'deletedAt', ...listFieldsOf(descriptor)]) {
    const c = name === 'countries' ? countriesOf(params.kind, reader) : column(name);
    if (c) selection[name] = c;
  }
  const idColumn = column('id');
  const deletedAt = column('deletedAt');
  if (!idColumn || !deletedAt) throw new Error(`${params.kind} has no id or deletion mark`);
  const searched = searchableFieldsOf(descriptor)
    .map(column)
    .filter((c): c is Column => c !== undefined);
  const where = and(
    params.deleted ? isNotNull(deletedAt) : isNull(deletedAt),
    textSearch(params.search, searched, reader.like),
  );
  const sortable = sortableFieldsOf(descriptor).includes(params.sort)
    ? column(params.sort)
    : undefined;
  const order = (expr: SQLWrapper) => reader.sorted(expr, params.dir);
  const orderBy = sortable
    ? [
        order(sortable.dataType === 'string' ? reader.byCodePoint(sortable) : sortable),
        order(idColumn),
      ]
    : [order(idColumn)];
  const key = JSON.stringify(params);
  const [rows, [count]] = await Promise.all([
    selectRows(
      reader,
      `record list ${key}`,
      selection,
      () => sql`FROM ${table}${whereClause(where)} ORDER BY ${sql.join(orderBy, sql`, `)}
        LIMIT ${params.pageSize} OFFSET ${(params.page - 1) * params.pageSize}`,
    ),
    selectRows(
      reader,
      `record count ${JSON.stringify([params.kind, params.deleted, params.search])}`,
      { n: sql<number>`count(*)` },
      () => sql`FROM ${table}${whereClause(where)}`,
    ),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      id: Number(r.id),
      version: Number(r.version),
      deletedAt: typeof r.deletedAt === 'string' ? r.deletedAt : null,
    })),
    total: count?.n ?? 0,
  };
}
