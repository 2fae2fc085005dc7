import { Column, getTableName, is, SQL, StringChunk, type Table } from 'drizzle-orm';
import {
  getTableConfig as getPgTableConfig,
  IndexedColumn,
  PgTimestamp,
  type PgTable,
} from 'drizzle-orm/pg-core';
import {
  getTableConfig as getSqliteTableConfig,
  SQLiteTimestamp,
  type SQLiteTable,
} from 'drizzle-orm/sqlite-core';

/**
 * A table as both dialects can describe it, read from Drizzle's own metadata: what the drift test
 * compares, and what the copy uses to order, convert and verify rows.
 */

/** What a column holds, whatever the dialect calls it; the copy converts and compares by this. */
export type ColumnKind = 'text' | 'integer' | 'boolean' | 'instant' | 'real';

export interface ColumnShape {
  name: string;
  kind: ColumnKind;
  notNull: boolean;
  hasDefault: boolean;
  /** The database assigns it (SQLite's integer primary key, PostgreSQL's identity column). */
  generated: boolean;
}

export interface KeyShape {
  name: string;
  columns: string[];
}

export interface IndexShape extends KeyShape {
  /** The partial index's predicate as written, null for a full index. */
  where: string | null;
}

export interface ForeignKeyShape {
  columns: string[];
  table: string;
  foreignColumns: string[];
  onDelete: string;
}

export interface TableShape {
  name: string;
  columns: ColumnShape[];
  primaryKey: string[];
  /** Unique column sets, whether declared as a column's `.unique()`, a constraint or a unique index. */
  uniques: KeyShape[];
  /** Non-unique indexes. */
  indexes: IndexShape[];
  foreignKeys: ForeignKeyShape[];
}

const sqliteKinds: Record<string, ColumnKind> = {
  SQLiteText: 'text',
  SQLiteInteger: 'integer',
  SQLiteBoolean: 'boolean',
  SQLiteReal: 'real',
};

const postgresKinds: Record<string, ColumnKind> = {
  PgText: 'text',
  PgInteger: 'integer',
  PgBigInt53: 'integer',
  PgBigInt64: 'integer',
  PgBoolean: 'boolean',
  PgDoublePrecision: 'real',
};

function sqliteKind(column: Column): ColumnKind {
  // Only epoch milliseconds are copied as instants; seconds would need their own conversion.
  if (is(column, SQLiteTimestamp) && column.mode === 'timestamp_ms') return 'instant';
  return knownKind(sqliteKinds, column);
}

function postgresKind(column: Column): ColumnKind {
  // A zone-less timestamp would shift every instant by the server's zone.
  if (is(column, PgTimestamp) && column.withTimezone) return 'instant';
  return knownKind(postgresKinds, column);
}

function knownKind(kinds: Record<string, ColumnKind>, column: Column): ColumnKind {
  const kind = kinds[column.columnType];
  if (!kind) {
    throw new Error(
      `${column.name}: ${column.getSQLType()} has no counterpart in the other dialect`,
    );
  }
  return kind;
}

/** Names of key or index columns: Drizzle columns, or PostgreSQL's indexed-column wrappers. */
function columnNames(columns: readonly unknown[]): string[] {
  return columns.map((c) => {
    if (is(c, Column) || is(c, IndexedColumn)) return c.name ?? '';
    // PostgreSQL needs an expression key in parentheses where SQLite takes it bare, and spells out the code
    // point order that is SQLite's own (BINARY): the same key.
    return sqlText(c)
      .replace(/^\((.*)\)$/, '$1')
      .replace(/ COLLATE "C"/g, '');
  });
}

/** The text of a hand-written SQL fragment such as a partial index's `deleted_at IS NULL`. */
function sqlText(fragment: unknown): string {
  if (!is(fragment, SQL)) return String(fragment);
  return fragment.queryChunks
    .map((chunk) => {
      if (is(chunk, StringChunk)) return chunk.value.join('');
      if (is(chunk, Column)) return chunk.name;
      return sqlText(chunk);
    })
    .join('')
    .trim();
}

interface CommonConfig {
  name: string;
  columns: Column[];
  primaryKeys: { columns: Column[] }[];
  uniqueConstraints: { getName(): string | undefined; columns: Column[] }[];
  indexes: {
    config: { name?: string; columns: readonly unknown[]; unique: boolean; where?: SQL };
  }[];
  foreignKeys: {
    onDelete?: string;
    reference(): { columns: Column[]; foreignTable: Table; foreignColumns: Column[] };
  }[];
}

function shapeOf(
  config: CommonConfig,
  kindOf: (column: Column) => ColumnKind,
  generated: (column: Column) => boolean,
): TableShape {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const uniques: KeyShape[] = [
    ...config.columns
      .filter((c) => c.isUnique)
      .map((c) => ({ name: c.uniqueName ?? `${config.name}_${c.name}_unique`, columns: [c.name] })),
    ...config.uniqueConstraints.map((u) => ({
      name: u.getName() ?? '',
      columns: columnNames(u.columns),
    })),
    ...config.indexes
      .filter((i) => i.config.unique)
      .map((i) => ({ name: i.config.name ?? '', columns: columnNames(i.config.columns) })),
  ];
  return {
    name: config.name,
    columns: config.columns.map((c) => ({
      name: c.name,
      kind: kindOf(c),
      notNull: c.notNull,
      hasDefault: c.hasDefault,
      generated: generated(c),
    })),
    primaryKey: [
      ...config.columns.filter((c) => c.primary).map((c) => c.name),
      ...config.primaryKeys.flatMap((k) => columnNames(k.columns)),
    ],
    uniques: uniques.sort(byName),
    indexes: config.indexes
      .filter((i) => !i.config.unique)
      .map((i) => ({
        name: i.config.name ?? '',
        columns: columnNames(i.config.columns),
        where: i.config.where ? sqlText(i.config.where) : null,
      }))
      .sort(byName),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const reference = fk.reference();
        return {
          columns: columnNames(reference.columns),
          table: getTableName(reference.foreignTable),
          foreignColumns: columnNames(reference.foreignColumns),
          onDelete: fk.onDelete ?? 'no action',
        };
      })
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
  };
}

export function sqliteTableShape(table: SQLiteTable): TableShape {
  return shapeOf(
    getSqliteTableConfig(table),
    sqliteKind,
    // An INTEGER PRIMARY KEY is SQLite's rowid: the database assigns it.
    (c) => c.primary && c.columnType === 'SQLiteInteger',
  );
}

export function postgresTableShape(table: PgTable): TableShape {
  return shapeOf(getPgTableConfig(table), postgresKind, (c) => c.generatedIdentity !== undefined);
}
