import type { Db } from './client';

const perConnection = new WeakMap<object, Map<string, unknown>>();

/** The statements `kept` holds for this connection, an empty map the first time. */
function statementsOf(kept: WeakMap<object, Map<string, unknown>>, db: Db): Map<string, unknown> {
  let statements = kept.get(db.$client);
  if (!statements) {
    statements = new Map();
    kept.set(db.$client, statements);
  }
  return statements;
}

/**
 * A Drizzle statement built and compiled once per connection. Building a query (Drizzle's SQL builder, then
 * SQLite's prepare) often costs more than running it: two thirds of a CSV import's commit went there, and
 * most of a small dashboard read. Statements run inside whatever transaction is open on the connection.
 */
export function preparedOnce<T>(db: Db, key: string, build: () => T): T {
  const statements = statementsOf(perConnection, db);
  let statement = statements.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build();
    statements.set(key, statement);
  }
  return statement;
}

/** How many statements `preparedFor` keeps per connection: far more than the pages' shapes of reads. */
const PER_VALUE_LIMIT = 500;
const perValue = new WeakMap<object, Map<string, unknown>>();

/**
 * A read whose SQL and parameters follow from `key` (a filter, a page), built and prepared the first time
 * that key is read and then rerun as it is: the reads a page makes on every request cost their run alone.
 * Unlike `preparedOnce` the keys come from requests, so the least recently used statement is dropped past
 * a limit. The statement holds no rows: every run reads the database as it is then.
 */
export function preparedFor<T>(db: Db, key: string, build: () => T): T {
  const statements = statementsOf(perValue, db);
  const kept = statements.get(key) as T | undefined;
  if (kept !== undefined) {
    // Least recently used goes first: re-insert to move this key to the end.
    statements.delete(key);
    statements.set(key, kept);
    return kept;
  }
  const statement = build();
  statements.set(key, statement);
  if (statements.size > PER_VALUE_LIMIT)
    statements.delete(statements.keys().next().value as string);
  return statement;
}
