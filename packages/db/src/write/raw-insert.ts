import { getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { preparedOnce } from '../prepared';
import { decoded, encodedValues, planInsert, quoted, type InsertPlan } from './insert-plan';
import { readsBackAsBound, type StoredSource } from './stored-row';

type Values = Record<string, unknown>;

interface Insert extends InsertPlan {
  returning: boolean;
  /** For a returning insert whose stored row is not known without it, the statement reads `RETURNING`. */
  returnsRow: boolean;
  /** Reads the row back by its rowid: for a bound value SQLite may have converted. */
  readBack: Statement | null;
  statement: Statement;
}

type Statement = ReturnType<Db['$client']['prepare']>;

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
 * of columns (insert-plan.ts), and run straight on the driver. An undefined entry is left to the column's
 * default, as in a Drizzle insert, except the clock, which is bound from here. Values pass through each
 * column's own encoder, and returned rows through its decoder, so rows read the same as through Drizzle;
 * what is skipped is the query builder's per-row work (placeholder filling, result mapping), which cost an
 * import more than SQLite's own writing.
 */
function insertFor(db: Db, table: SQLiteTable, values: Values, returning: boolean): Insert {
  // A bulk write inserts rows of one shape again and again: the last statement of a table usually fits,
  // and checking that is cheaper than building the key to look one up.
  let lastOfTable = lastInsert.get(db.$client);
  if (!lastOfTable) lastInsert.set(db.$client, (lastOfTable = new Map<SQLiteTable, Insert>()));
  const last = lastOfTable.get(table);
  if (last && last.returning === returning && fits(last, values)) return last;
  let keys = '';
  for (const key in values) if (values[key] !== undefined) keys += `${key},`;
  const built = preparedOnce(db, `raw insert ${getTableName(table)} ${keys} ${returning}`, () => {
    const plan = planInsert(table, keys.split(',').filter(Boolean));
    const returnsRow = returning && !plan.stored;
    const columnList = plan.returnedColumns.map((c) => quoted(c.name)).join(', ');
    const sql =
      `INSERT INTO ${quoted(plan.tableName)} (${plan.written.map((c) => quoted(c.name)).join(', ')})` +
      ` VALUES (${plan.written.map(() => '?').join(', ')})` +
      (returnsRow ? ` RETURNING ${columnList}` : '');
    const statement = db.$client.prepare(sql);
    if (returnsRow) statement.raw(true);
    const readBack =
      returning && plan.stored
        ? db.$client
            .prepare(`SELECT ${columnList} FROM ${quoted(plan.tableName)} WHERE rowid = ?`)
            .raw(true)
        : null;
    return { ...plan, returning, returnsRow, readBack, statement };
  });
  lastOfTable.set(table, built);
  return built;
}

let clockMs = -1;
let clockText = '';

/**
 * `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`: UTC with milliseconds. A bulk write inserts many rows within one
 * millisecond; formatting the time once per millisecond gives the same text for a fraction of the cost.
 */
export function utcMillisecond(): string {
  const ms = Date.now();
  if (ms !== clockMs) {
    clockMs = ms;
    clockText = new Date(ms).toISOString();
  }
  return clockText;
}

function encoded(insert: Insert, values: Values): unknown[] {
  const bound = encodedValues(insert, values);
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
  const { returned } = insert;
  for (let i = 0; i < returned.length; i++)
    row[returned[i] as string] = decoded(insert, i, stored[i]);
  return row as Row;
}
