import { getTableColumns, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { exportColumnsOf, type KindDescriptor } from '@tianshan/model';
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
function cellSql<C extends Column>(codec: string | undefined, column: C): C | SQL {
  // Basis points back to a percentage; printf keeps it exact (1470 → 14.7, 978 → 9.78).
  if (codec === 'percent')
    return sql<
      string | null
    >`CASE WHEN ${column} IS NULL THEN NULL ELSE rtrim(rtrim(printf('%.2f', ${column} / 100.0), '0'), '.') END`;
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
): ExportSelection;
export function exportSelection(
  d: KindDescriptor,
  table: Table,
  computed?: Record<string, SQL>,
): Record<string, Column | SQL>;
export function exportSelection(
  d: KindDescriptor,
  table: Table,
  computed: Record<string, SQL> = {},
): Record<string, Column | SQL> {
  const selection: Record<string, Column | SQL> = {};
  for (const c of exportColumnsOf(d)) {
    const given = computed[c.name];
    if (given) selection[c.name] = given;
    else if (c.field) selection[c.name] = cellSql(c.codec?.name, columnOf(table, c.field));
    else throw new Error(`the export of ${d.title} has no SQL for its column ${c.name}`);
  }
  return selection;
}

/** `KG;UZ`, the starter dataset's way of writing several countries, from a record's country join table. */
export function countryListSql(
  joinTable: 'project_countries' | 'event_countries',
  id: SQLiteColumn,
): SQL<string> {
  const key = joinTable === 'project_countries' ? 'project_id' : 'event_id';
  return sql<string>`(SELECT group_concat(country, ';') FROM (SELECT country FROM ${sql.raw(joinTable)} j WHERE j.${sql.raw(key)} = ${id} ORDER BY country))`;
}
