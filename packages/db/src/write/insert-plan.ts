import { Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { utcNow } from '../schema/columns';
import { storedRowPlan, type StoredSource } from './stored-row';

/**
 * What an insert of a set of defined columns binds and what it stores, worked out once per table and set of
 * columns: the raw inserts (raw-insert.ts) run it, and an import's preview shapes its rows by it in advance.
 */
export interface InsertPlan {
  tableName: string;
  keys: string[];
  /** The bound columns: `keys`' columns, then the clock columns. */
  written: Column[];
  /** Each bound column's encoder, null where it passes the value through unchanged. */
  encoders: (Column | null)[];
  /** How many timestamp columns follow them, set to the time of the insert. */
  clock: number;
  /** The table's columns in Drizzle's order: the stored row's keys. */
  returned: string[];
  returnedColumns: Column[];
  /** Each returned column's decoder, null where it passes the value through unchanged. */
  decoders: (Column | null)[];
  /**
   * Where each returned column's value comes from when it is known without `RETURNING` (stored-row.ts);
   * null when it is not.
   */
  stored: StoredSource[] | null;
}

// Most columns (plain text and integers) map values as they are: a bulk write skips calling them for
// every value it binds or reads back.
const encoderOf = (column: Column) =>
  column.mapToDriverValue === Column.prototype.mapToDriverValue ? null : column;
const decoderOf = (column: Column) =>
  column.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : column;

/**
 * The plan for inserting `keys` into `table`. A timestamp column left out is bound too, to the time from
 * the process in the very format of its SQL default (`utcNow`): SQLite's `strftime` made each imported
 * record's insert a fifth slower.
 */
export function planInsert(table: SQLiteTable, keys: readonly string[]): InsertPlan {
  const tableName = getTableName(table);
  const all = getTableColumns(table);
  const columns = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`${tableName} has no column ${key}`);
    return column;
  });
  const clock = Object.entries(all)
    .filter(([key, column]) => !keys.includes(key) && column.default === utcNow)
    .map(([, column]) => column);
  const written = [...columns, ...clock];
  const returned = Object.entries(all);
  const returnedColumns = returned.map(([, column]) => column);
  return {
    tableName,
    keys: [...keys],
    written,
    encoders: columns.map(encoderOf),
    clock: clock.length,
    returned: returned.map(([key]) => key),
    returnedColumns,
    decoders: returnedColumns.map(decoderOf),
    stored: storedRowPlan(returnedColumns, written),
  };
}

/** The values `plan` binds for `values`, before its clock columns. */
export function encodedValues(plan: InsertPlan, values: Record<string, unknown>): unknown[] {
  const { keys, encoders } = plan;
  const bound: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const value = values[keys[i] as string];
    const encoder = encoders[i];
    bound.push(value === null || !encoder ? value : encoder.mapToDriverValue(value));
  }
  return bound;
}

/** A stored value as Drizzle reads it back. */
export function decoded(plan: InsertPlan, index: number, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const decoder = plan.decoders[index];
  return decoder ? decoder.mapFromDriverValue(value) : value;
}

export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
