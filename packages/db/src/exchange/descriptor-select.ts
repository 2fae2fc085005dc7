import { getTableColumns, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { exportColumnsOf, type KindDescriptor } from '@tianshan/model';
import { postgresSql } from '../queries/reader/postgres-reader';
import type { SqlDialect } from '../queries/reader/reader';
import { sqliteSql } from '../queries/reader/sqlite-reader';
import type { ExportColumn } from './export-query';

export type ExportSelection = Record<string, SQLiteColumn | SQL>;

/** A table's columns by field name, to reach the one a descriptor names (typed as its own schema's). */
export function columnOf(table: SQLiteTable, field: string): SQLiteColumn;
export function columnOf(table: Table, field: string): Column;
export function columnOf(table: Table, field: string): Column {
  const column = (getTableColumns(table) as Record<string, Column | undefined>)[field];
  if (!column) throw new Error(`${field} is not a column of this table`);
  return column;
}

/** How a stored value is written in a cell, where that differs from the stored value itself. */
function cellSql<C extends Column>(
  codec: string | undefined,
  column: C,
  dialect: SqlDialect,
): C | SQL {
  // Basis points back to a percentage, exactly (1470 → 14.7, 978 → 9.78): printf in SQLite, numeric in
  // PostgreSQL, each with two decimals whose trailing zeros are then cut.
  const twoDecimals =
    dialect === postgresSql
      ? sql`round(${column} / 100.0, 2)::text`
      : sql`printf('%.2f', ${column} / 100.0)`;
  if (codec === 'percent')
    return sql<
      string | null
    >`CASE WHEN ${column} IS NULL THEN NULL ELSE rtrim(rtrim(${twoDecimals}, '0'), '.') END`;
  return column;
}

/** The CSV columns of a kind's export, from its descriptor. */
export function exportColumns(d: KindDescriptor): ExportColumn[] {
  return exportColumnsOf(d).map((c) => ({ name: c.name, kind: c.kind }));
}

/**
 * The select list of a kind's export: one entry per descriptor column, in the descriptor's order (the
 * stream maps values by position). `computed` gives the SQL of the columns that are not a table field.
 */
export function exportSelection(
  d: KindDescriptor,
  table: SQLiteTable,
  computed?: Record<string, SQL>,
  dialect?: SqlDialect,
): ExportSelection;
export function exportSelection(
  d: KindDescriptor,
  table: Table,
  computed?: Record<string, SQL>,
  dialect?: SqlDialect,
): Record<string, Column | SQL>;
export function exportSelection(
  d: KindDescriptor,
  table: Table,
  computed: Record<string, SQL> = {},
  dialect: SqlDialect = sqliteSql,
): Record<string, Column | SQL> {
  const selection: Record<string, Column | SQL> = {};
  for (const c of exportColumnsOf(d)) {
    const given = computed[c.name];
    if (given) selection[c.name] = given;
    else if (c.field) selection[c.name] = cellSql(c.codec?.name, columnOf(table, c.field), dialect);
    else throw new Error(`the export of ${d.title} has no SQL for its column ${c.name}`);
  }
  return selection;
}
