import { PgDialect } from 'drizzle-orm/pg-core';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { Pool, PoolClient } from 'pg';
import type { Db } from '../../client';
import type { PostgresDb } from '../../postgres/client';
import { preparedFor } from '../../prepared';
import { numbers } from '../../queries/reader/postgres-reader';
import { isPostgres, type Database } from '../../database';
import { writeTransaction } from '../transaction';
import { BUMP_WRITE_VERSION_SQL } from '../write-version';
import type { Statement, Step } from './step';
import { postgresWrite, sqliteWrite, type WriteDialect } from './write-dialect';

/**
 * How one write is written once and runs on both databases.
 *
 * better-sqlite3's transactions are synchronous (a callback returning a promise throws) and PostgreSQL's are
 * asynchronous. Running an async body inside BEGIN/COMMIT on the connection the reads share would let
 * another request's read run between two awaits and see rows that may yet roll back; avoiding that on SQLite
 * takes a second connection per process and a queue of writes. Instead a write is a generator (`Step`): it
 * yields each statement and is handed back its rows, and the runner decides how to wait.
 *
 * - SQLite drives the generator to its end synchronously inside `writeTransaction` (BEGIN IMMEDIATE, WAL
 *   kept bounded): nothing else runs on the thread until COMMIT, so the shared connection stays safe with no
 *   second connection or queue, a throw rolls back, and the import keeps a synchronous form of every step.
 *   Statements are prepared once per connection and SQL text (`preparedFor`), as the reads are.
 * - PostgreSQL takes one pooled connection, BEGIN, awaits each statement, COMMIT — or ROLLBACK on any throw.
 *   Rows it will change are read `FOR UPDATE` (`WriteDialect.forUpdate`), so a concurrent edit waits and
 *   then fails its version check instead of passing it too.
 * - Both bump the write version (write-version.ts) just before COMMIT, so other processes notice the write.
 *
 * Statements are Drizzle `sql` templates over the dialect's own tables (`WriteDialect.tables`), as the reads
 * are (queries/reader/reader.ts), and rows are decoded by each column's mapper, so a write sees the same
 * JavaScript values on both.
 */
export async function runWrite<T>(
  db: Database,
  body: (dialect: WriteDialect) => Step<T>,
): Promise<T> {
  if (isPostgres(db)) return runOnPostgres(db, body(postgresWrite), 'write');
  return runWriteSync(db, body);
}

/** `runWrite`'s synchronous SQLite form, for callers that cannot await (the import, the benchmarks). */
export function runWriteSync<T>(db: Db, body: (dialect: WriteDialect) => Step<T>): T {
  return writeTransaction(db, () => runOnSqlite(db, body(sqliteWrite)));
}

/**
 * Runs a step that only reads, on one snapshot of the database: a deferred transaction on SQLite (no write
 * lock), a transaction on PostgreSQL.
 */
export async function runRead<T>(
  db: Database,
  body: (dialect: WriteDialect) => Step<T>,
): Promise<T> {
  // A read must not bump the write version: every process's caches would empty on each read.
  if (isPostgres(db)) return runOnPostgres(db, body(postgresWrite), 'read');
  return db.transaction(() => runOnSqlite(db, body(sqliteWrite)));
}

/** Drives a step to its end, handing any statement's error back to it (its `try` may rethrow it as its own). */
function drive<T>(step: Step<T>, execute: (statement: Statement) => unknown[][]): T {
  let next = step.next();
  while (!next.done) {
    let rows: unknown[][];
    try {
      rows = execute(next.value);
    } catch (error) {
      next = step.throw(error);
      continue;
    }
    next = step.next(rows);
  }
  return next.value;
}

async function driveAsync<T>(
  step: Step<T>,
  execute: (statement: Statement) => Promise<unknown[][]>,
): Promise<T> {
  let next = step.next();
  while (!next.done) {
    let rows: unknown[][];
    try {
      rows = await execute(next.value);
    } catch (error) {
      next = step.throw(error);
      continue;
    }
    next = step.next(rows);
  }
  return next.value;
}

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

/**
 * Runs a step on SQLite, synchronously, inside whatever transaction is open on the connection (the import's,
 * or `runWrite`'s). Reads that must stay synchronous (the import's preview) run their steps here too.
 */
export function runOnSqlite<T>(db: Db, step: Step<T>): T {
  return drive(step, ({ query }) => {
    const compiled = sqliteDialect.sqlToQuery(query);
    const statement = preparedFor(db, `write ${compiled.sql}`, () => {
      const prepared = db.$client.prepare(compiled.sql);
      return prepared.reader ? prepared.raw(true) : prepared;
    });
    if (statement.reader) return statement.all(...compiled.params) as unknown[][];
    statement.run(...compiled.params);
    return [];
  });
}

async function runOnPostgres<T>(
  db: PostgresDb,
  step: Step<T>,
  purpose: 'write' | 'read',
): Promise<T> {
  const client = await db.$client.connect();
  let broken: Error | undefined;
  try {
    // A read sees one snapshot across its statements (READ COMMITTED would take one per statement).
    await client.query(
      purpose === 'write' ? 'BEGIN' : 'BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY',
    );
    const result = await runStepOn(client, step);
    if (purpose === 'write') await client.query(BUMP_WRITE_VERSION_SQL);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackFailed) {
      // A connection that cannot even roll back is not handed to the next write.
      broken = rollbackFailed as Error;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs a step's statements one after another on `client`, in whatever transaction is open there (the
 * import's), or each on its own when `client` is the pool (a preview's lookups, which need no snapshot).
 */
export function runStepOn<T>(client: Pool | PoolClient, step: Step<T>): Promise<T> {
  return driveAsync(step, (statement) => executeOn(client, statement));
}

async function executeOn(
  client: Pool | PoolClient,
  { query, rows }: Statement,
): Promise<unknown[][]> {
  const compiled = pgDialect.sqlToQuery(query);
  const result = await client.query<unknown[]>({
    text: compiled.sql,
    values: compiled.params,
    types: numbers,
    rowMode: 'array',
  });
  return rows ? result.rows : [];
}
