import type { Client } from 'pg';
import { migrateInTransaction } from '../migrate-in-transaction';
import { postgresShapes } from '../schema-pairs';
import { compareTables, type TableCheck } from './compare-tables';
import { checkUrl, connectTarget } from './connect-target';
import { CopyError } from './copy-error';
import { copyPlan, type CopyPlan } from './copy-plan';
import { assertEmptyTarget } from './empty-target';
import { continueSequence, insertRows } from './insert-rows';
import { openSqliteSource, type SqliteSource } from './sqlite-source';
import { quoteIdentifier } from './sql-text';

export interface CopyParams {
  /** The SQLite file to copy. */
  from: string;
  /** postgres:// URL of an empty database. */
  to: string;
  /** Told which table is being copied, for progress on a large database. */
  onTable?: (table: string) => void;
}

export interface CopyOutcome {
  checks: TableCheck[];
  skipped: CopyPlan['skipped'];
  /** True when every table matched and the copy was committed; false means nothing was kept. */
  committed: boolean;
}

// Any fixed number: two copies into one database queue on it instead of both passing the empty check.
const COPY_LOCK = 7_451_220;

/**
 * Copies the SQLite database into an empty PostgreSQL database in one transaction: migrate, insert every
 * table parents first, continue the id sequences, then compare both sides table by table. It commits
 * only if every table matches; any failure or mismatch rolls everything back, schema included.
 */
export async function copyDatabase(params: CopyParams): Promise<CopyOutcome> {
  return withBothEnds(params, async (source, client, plan) => {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [COPY_LOCK]);
      await assertEmptyTarget(
        client,
        postgresShapes().map((s) => s.name),
      );
      await migrateInTransaction(client);
      // The aggregate tables are copied as they are: their triggers would count every copied row again.
      await setTriggers(client, plan, 'DISABLE');
      for (const table of plan.tables) {
        params.onTable?.(table.shape.name);
        await copyTable(client, source, table);
      }
      await setTriggers(client, plan, 'ENABLE');
      const checks = await compareTables(source, client, plan.tables);
      const committed = checks.every((c) => c.matches);
      await client.query(committed ? 'COMMIT' : 'ROLLBACK');
      return { checks, skipped: plan.skipped, committed };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** Within the copy's transaction, so a rollback leaves the triggers as the migration made them. */
async function setTriggers(client: Client, plan: CopyPlan, state: 'DISABLE' | 'ENABLE') {
  for (const table of plan.tables)
    await client.query(`ALTER TABLE ${quoteIdentifier(table.shape.name)} ${state} TRIGGER USER`);
}

async function copyTable(
  client: Client,
  source: SqliteSource,
  table: CopyPlan['tables'][number],
): Promise<void> {
  try {
    await insertRows(client, table, source.rows(table.shape));
    await continueSequence(client, table);
  } catch (error) {
    if (error instanceof CopyError) throw error;
    const detail = (error as { detail?: string }).detail;
    throw new CopyError(
      `copying ${table.shape.name} failed, nothing was copied: ${(error as Error).message}` +
        (detail ? ` (${detail})` : ''),
    );
  }
}

/** Compares an earlier copy with the SQLite database as it is now, without writing anything. */
export async function verifyCopy(params: Omit<CopyParams, 'onTable'>): Promise<CopyOutcome> {
  return withBothEnds(params, async (source, client, plan) => {
    // One snapshot on each side, so a table is never compared half before and half after a write.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const checks = await compareTables(source, client, plan.tables);
      return { checks, skipped: plan.skipped, committed: false };
    } catch (error) {
      throw new CopyError(`cannot verify: ${(error as Error).message}`);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
    }
  });
}

/** Opens the SQLite file and the PostgreSQL connection for `work`, and closes both whatever happens. */
async function withBothEnds<T>(
  params: Pick<CopyParams, 'from' | 'to'>,
  work: (source: SqliteSource, client: Client, plan: CopyPlan) => Promise<T>,
): Promise<T> {
  checkUrl(params.to);
  const plan = copyPlan();
  const source = openSqliteSource(params.from);
  let client: Client | undefined;
  try {
    client = await connectTarget(params.to);
    return await work(source, client, plan);
  } finally {
    source.close();
    await client?.end().catch(() => undefined);
  }
}
