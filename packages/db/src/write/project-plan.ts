import type { Db } from '../client';
import type { Tx } from './sources';
import { refreshPlansAfterStep } from './step/plan-step';
import { runOnSqlite } from './step/run-write';
import { sqliteWrite } from './step/write-dialect';

/**
 * `refreshPlansAfterStep` for the synchronous SQLite writers (the import's records): after a write of a
 * project fact report, the plans of the projects it belonged to before and after, in the transaction open
 * on the connection.
 */
export function refreshPlansAfter(
  db: Db,
  // The import's transaction: the statements run on the connection it is open on.
  _tx: Tx,
  kind: string,
  ...records: (Readonly<Record<string, unknown>> | null | undefined)[]
): void {
  runOnSqlite(db, refreshPlansAfterStep(sqliteWrite, kind, ...records));
}
