import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client';

const perConnection = new WeakMap<object, Map<string, unknown>>();

/**
 * A Drizzle statement built and compiled once per connection. Building a query (Drizzle's SQL builder, then
 * SQLite's prepare) often costs more than running it: two thirds of a CSV import's commit went there, and
 * most of a small dashboard read. Statements run inside whatever transaction is open on the connection.
 */
export function preparedOnce<T>(db: Db, key: string, build: () => T): T {
  let statements = perConnection.get(db.$client);
  if (!statements) {
    statements = new Map();
    perConnection.set(db.$client, statements);
  }
  let statement = statements.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build();
    statements.set(key, statement);
  }
  return statement;
}

/**
 * `(SELECT value FROM json_each(:name))`: a list of ids bound as one JSON parameter, so a statement with an
 * `IN` list is prepared once for any number of ids (and SQLite's cap on bound parameters never applies).
 */
export function jsonList(name: string): SQL {
  return sql`(SELECT value FROM json_each(${sql.placeholder(name)}))`;
}
