import { Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { utcNow } from '../schema/columns';
import { readsBackAsBound, storedRowPlan, type StoredSource } from './stored-row';

type Values = Record<string, unknown>;

interface Insert {
  keys: string[];
  /** Each bound column's encoder, null where it passes the value through unchanged. */
  encoders: (Column | null)[];
  /** How many timestamp columns follow them, set to the time of the insert. */
  clock: number;
  /** The table's columns in Drizzle's order: what RETURNING reads back, and the stored row's keys. */
  returned: string[];
  /** Each returned column's decoder, null where it passes the value through unchanged. */
  decoders: (Column | null)[];
  returning: boolean;
  /**
   * For a returning insert, where each returned column's value comes from when it is known without
   * `RETURNING` (stored-row.ts); null when the statement has a `RETURNING` clause.
   */
  stored: StoredSource[] | null;
  /** Reads the row back by its rowid: for a bound value SQLite may have converted. */
  readBack: Statement | null;
  statement: Statement;
}

type Statement = ReturnType<Db['$client']['prepare']>;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Most columns (plain text and integers) map values as they are: a bulk write skips calling them for
// every value it binds or reads back.
const encoderOf = (column: Column) =>
  column.mapToDriverValue === Column.prototype.mapToDriverValue ? null : column;
const decoderOf = (column: Column) =>
  column.mapFromDriverValue === Column.prototype.mapFromDriverValue ? null : column;

const lastInsert = new WeakMap<object, Map<SQLiteTable, Insert>>();

/** Whether `values` defines exactly the columns `insert` was compiled for, in the same order. */
function fits(insert: Insert, values: Values): boolean {
  let i = 0;
  for (const key in values) {
    if (values[key] === undefined) continue;
    if (insert.keys[i++] !== key) return false;
  }
  return i === insert.keys.length;
}

/**
 * `INSERT … VALUES (?, …)` for the defined entries of `values`, compiled once per connection, table and set
 * of columns, and run straight on the driver. An undefined entry is left to the column's default, as in a
 * Drizzle insert, except the clock: a timestamp column left out gets the time from here, in the very format
 * of its SQL default (`utcNow`), which SQLite took three times per imported record and which made each
 * insert a fifth slower. Values pass through each column's own encoder, and returned rows through its decoder, so
 * rows read the same as through Drizzle; what is skipped is the query builder's per-row work (placeholder
 * filling, result mapping), which cost an import more than SQLite's own writing.
 */
function insertFor(db: Db, table: SQLiteTable, values: Values, returning: boolean): Insert {
  // A bulk write inserts rows of one shape again and again: the last statement of a table usually fits,
  // and checking that is cheaper than building the key to look one up.
  let lastOfTable = lastInsert.get(db.$client);
  if (!lastOfTable) lastInsert.set(db.$client, (lastOfTable = new Map<SQLiteTable, Insert>()));
  const last = lastOfTable.get(table);
  if (last && last.returning === returning && fits(last, values)) return last;
  const tableName = getTableName(table);
  let keys = '';
  for (const key in values) if (values[key] !== undefined) keys += `${key},`;
  const insert = preparedOnce(db, `raw insert ${tableName} ${keys} ${returning}`, () => {
    const all = getTableColumns(table);
    const defined = keys.split(',').filter(Boolean);
    const columns = defined.map((key) => {
      const column = all[key];
      if (!column) throw new Error(`${tableName} has no column ${key}`);
      return column;
    });
    const clock = Object.entries(all)
      .filter(([key, column]) => !defined.includes(key) && column.default === utcNow)
      .map(([, column]) => column);
    const written = [...columns, ...clock];
    const returned = returning ? Object.entries(all) : [];
    const order = returned.map(([, column]) => column);
    const stored = returning ? storedRowPlan(order, written) : null;
    const columnList = order.map((c) => quoted(c.name)).join(', ');
    const sql =
      `INSERT INTO ${quoted(tableName)} (${written.map((c) => quoted(c.name)).join(', ')})` +
      ` VALUES (${written.map(() => '?').join(', ')})` +
      (returning && !stored ? ` RETURNING ${columnList}` : '');
    const statement = db.$client.prepare(sql);
    if (returning && !stored) statement.raw(true);
    const readBack = stored
      ? db.$client
          .prepare(`SELECT ${columnList} FROM ${quoted(tableName)} WHERE rowid = ?`)
          .raw(true)
      : null;
    return {
      keys: defined,
      encoders: columns.map(encoderOf),
      clock: clock.length,
      returned: returned.map(([key]) => key),
      decoders: returned.map(([, column]) => decoderOf(column)),
      returning,
      stored,
      readBack,
      statement,
    };
  });
  lastOfTable.set(table, insert);
  return insert;
}

let clockMs = -1;
let clockText = '';

/**
 * `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`: UTC with milliseconds. A bulk write inserts many rows within one
 * millisecond; formatting the time once per millisecond gives the same text for a fraction of the cost.
 */
function utcMillisecond(): string {
  const ms = Date.now();
  if (ms !== clockMs) {
    clockMs = ms;
    clockText = new Date(ms).toISOString();
  }
  return clockText;
}

function encoded(insert: Insert, values: Values): unknown[] {
  const { keys, encoders } = insert;
  const bound: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const value = values[keys[i] as string];
    const encoder = encoders[i];
    bound.push(value === null || !encoder ? value : encoder.mapToDriverValue(value));
  }
  if (insert.clock > 0) {
    const now = utcMillisecond();
    for (let i = 0; i < insert.clock; i++) bound.push(now);
  }
  return bound;
}

/** Inserts one row; nothing is read back. */
export function insertValues(db: Db, table: SQLiteTable, values: Values): void {
  const insert = insertFor(db, table, values, false);
  insert.statement.run(encoded(insert, values));
}

/** Runs a returning insert planned without `RETURNING`: the row from what was bound, or read back. */
function storedRow(plan: StoredSource[], bound: unknown[], insert: Insert): unknown[] {
  const { lastInsertRowid } = insert.statement.run(bound);
  const rowid = Number(lastInsertRowid);
  const stored: unknown[] = [];
  for (const source of plan) {
    if (source.from === 'rowid') stored.push(rowid);
    else if (source.from === 'constant') stored.push(source.value);
    else {
      const value = bound[source.index];
      if (!readsBackAsBound(value, source.affinity))
        return insert.readBack?.get(rowid) as unknown[];
      stored.push(value);
    }
  }
  return stored;
}

/** Inserts one row and returns it as stored (defaults filled in), keyed and decoded as Drizzle reads it. */
export function insertReturning<Row extends Values>(
  db: Db,
  table: SQLiteTable,
  values: Values,
): Row {
  const insert = insertFor(db, table, values, true);
  const bound = encoded(insert, values);
  const stored = insert.stored
    ? storedRow(insert.stored, bound, insert)
    : (insert.statement.get(bound) as unknown[]);
  const row: Values = {};
  const { returned, decoders } = insert;
  for (let i = 0; i < returned.length; i++) {
    const value = stored[i];
    const decoder = decoders[i];
    row[returned[i] as string] =
      value === null || value === undefined
        ? null
        : decoder
          ? decoder.mapFromDriverValue(value)
          : value;
  }
  return row as Row;
}
