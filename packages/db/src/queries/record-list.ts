import { and, asc, desc, getTableColumns, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  LISTED_KINDS,
  listFieldsOf,
  searchableFieldsOf,
  sortableFieldsOf,
  type ListedKind,
} from '@tianshan/model';
import type { Db } from '../client';
import { sources } from '../schema';
import { CITED_KINDS } from '../write/record-kinds';
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

function tableOf(kind: ListedKind): SQLiteTable {
  return kind === 'source' ? sources : CITED_KINDS[kind].table;
}

/** Countries of projects and events live in a join table: listed as `KG;UZ`, the kind's CSV spelling. */
function countriesOf(kind: ListedKind): SQL | undefined {
  if (kind === 'project')
    return sql`(SELECT group_concat(country, ';') FROM project_countries pc WHERE pc.project_id = "projects"."id")`;
  if (kind === 'event')
    return sql`(SELECT group_concat(country, ';') FROM event_countries ec WHERE ec.event_id = "events"."id")`;
  return undefined;
}

/**
 * One page of a kind's records, for the editor's workbench: the kind's listed fields plus id, version and
 * deletion mark. Search, order and paging run in SQL (limit/offset): only one page ever leaves the database,
 * however many rows the kind has. The order always ends on the id, so pages never overlap or skip a row.
 */
export async function listRecords(db: Db, params: RecordListParams): Promise<RecordList> {
  const descriptor = LISTED_KINDS[params.kind];
  const table = tableOf(params.kind);
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const column = (name: string) => columns[name];
  const selection: Record<string, SQLiteColumn | SQL> = {};
  for (const name of ['id', 'version', 'deletedAt', ...listFieldsOf(descriptor)]) {
    const c = name === 'countries' ? countriesOf(params.kind) : column(name);
    if (c) selection[name] = c;
  }
  const idColumn = column('id');
  const deletedAt = column('deletedAt');
  if (!idColumn || !deletedAt) throw new Error(`${params.kind} has no id or deletion mark`);
  const searched = searchableFieldsOf(descriptor)
    .map(column)
    .filter((c): c is SQLiteColumn => c !== undefined);
  const where = and(
    params.deleted ? isNotNull(deletedAt) : isNull(deletedAt),
    textSearch(params.search, searched),
  );
  const sortable = sortableFieldsOf(descriptor).includes(params.sort)
    ? column(params.sort)
    : undefined;
  const order = params.dir === 'asc' ? asc : desc;
  const orderBy = sortable ? [order(sortable), order(idColumn)] : [order(idColumn)];
  const rows = db
    .select(selection)
    .from(table)
    .where(where)
    .orderBy(...orderBy)
    .limit(params.pageSize)
    .offset((params.page - 1) * params.pageSize)
    .all();
  const total =
    db
      .select({ n: sql<number>`count(*)` })
      .from(table)
      .where(where)
      .get()?.n ?? 0;
  return {
    rows: rows.map((r) => ({
      ...r,
      id: Number(r.id),
      version: Number(r.version),
      deletedAt: typeof r.deletedAt === 'string' ? r.deletedAt : null,
    })),
    total,
  };
}
