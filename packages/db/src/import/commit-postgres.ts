import { sql } from 'drizzle-orm';
import type { PostgresDb } from '../postgres/client';
import type { Actor } from '../write/audit';
import {
  createRecordsStep,
  noCitationsResolved,
  RecordAtError,
} from '../write/step/create-records-step';
import { runWrite } from '../write/step/run-write';
import { runStep, type Step } from '../write/step/step';
import type { ImportResult } from './commit-errors';
import { commitStep, type CommitWriter } from './commit-step';
import { openStagedImport } from './staged-import';
import type { StagedAddition } from './staged-row';
import { removeStaged } from './staging';

/**
 * The import's commit on PostgreSQL.
 *
 * One transaction on one pooled connection (`runWrite`: BEGIN … COMMIT, ROLLBACK on any error), so the
 * import is all or nothing: a failed row, a record changed since the preview, or a process killed mid-way
 * (PostgreSQL rolls back the open transaction of a connection that goes away) leaves nothing applied. The
 * audit entries and the write version's bump are written in the same transaction.
 *
 * What it writes is decided once for both databases (`commitStep`: the file's order, the chunks, every change
 * checked against what the preview saw, `applyStagedChangeStep`; `creationEntry` for the audit). Only the
 * way new records are written differs: SQLite runs one prepared statement per row, which costs it
 * microseconds in-process; over a connection each statement costs a round trip, so here a chunk of 500
 * records is a handful of multi-row INSERTs (the records, their countries, citations and audit entries,
 * `createRecordsStep`), with ids taken from the sequence up front so nothing needs matching back.
 * COPY FROM STDIN would be faster still for the records, but node-postgres needs a further package for it,
 * it returns no rows (the audit entry holds each record as stored, defaults included), and at 500 rows per
 * statement the round trips are no longer what the commit waits on.
 *
 * A multi-row statement does not say which row PostgreSQL refused: a failed chunk is rolled back to a
 * savepoint and written again one record at a time, so the error names the file's line, as on SQLite.
 * Unlike SQLite's, the commit does not hold a lock on the whole database: other edits go on meanwhile,
 * and each record it changes is locked (`FOR UPDATE`) from its check to the commit, as a form's edit is.
 */
export async function commitPostgresImport(
  db: PostgresDb,
  importId: string,
  actor: Actor,
): Promise<ImportResult> {
  const staged = openStagedImport(importId);
  const { kind } = staged;
  const counts = await runWrite(db, (w) => {
    let resolved = noCitationsResolved();
    const options = { actor, reason: staged.reason };
    const writer: CommitWriter = {
      w,
      create: function* (rows: readonly StagedAddition[], failed): Step<void> {
        const inputs = rows.map((row) => row.input);
        yield* runStep(sql`SAVEPOINT chunk`);
        try {
          yield* createRecordsStep(w, kind, inputs, { ...options, resolved });
        } catch (error) {
          if (error instanceof RecordAtError) throw failed(error.index, error.error);
          yield* runStep(sql`ROLLBACK TO SAVEPOINT chunk`);
          // Sources created in the rolled-back chunk are gone: look every one up again.
          resolved = noCitationsResolved();
          for (const [index, input] of inputs.entries()) {
            try {
              yield* createRecordsStep(w, kind, [input], { ...options, resolved });
            } catch (single) {
              throw failed(index, unwrapped(single));
            }
          }
          throw error;
        }
        yield* runStep(sql`RELEASE SAVEPOINT chunk`);
      },
    };
    return commitStep(writer, staged, actor);
  });
  removeStaged(staged.file);
  return { ...counts, kind };
}

const unwrapped = (error: unknown): Error =>
  error instanceof RecordAtError ? error.error : (error as Error);
