import type { Actor } from '../write/audit';
import type { KnownSources } from '../write/step/record-part-steps';
import type { Step } from '../write/step/step';
import type { WriteDialect } from '../write/step/write-dialect';
import { applyStagedChangeStep } from './apply-change';
import { ImportOutdatedError } from './commit-errors';
import { readStagedRows } from './staged-file';
import type { StagedImport } from './staged-import';
import type { StagedAddition } from './staged-row';

/** New records written in turn per table a chunk at a time: enough to keep SQLite on one table's pages. */
const CREATE_CHUNK = 500;
const LISTED_CONFLICTS = 5;

/** How one dialect writes a chunk of new records; everything else of a commit is written once, here. */
export interface CommitWriter {
  readonly w: WriteDialect;
  /**
   * Writes the records in the chunk's order, or throws the error `failed` makes of the one that failed
   * (the file's line is named). SQLite writes them synchronously, PostgreSQL yields its statements.
   */
  create(
    rows: readonly StagedAddition[],
    failed: (index: number, error: Error) => Error,
  ): Step<void>;
}

/** A step with no statements, for work a writer has already done synchronously. */
export function* nothingLeft(): Step<void> {}

const lineOf = (line: number | undefined, error: Error) =>
  new Error(`line ${line}: ${error.message}`, { cause: error });

/**
 * The commit of a previewed import, for either database, inside the transaction its runner holds: new
 * records a chunk at a time (written before any change that follows them, so ids and audit entries keep the
 * file's order), each change checked against what the preview saw. If any record changed since the preview,
 * ImportOutdatedError is thrown inside the transaction, so everything written before the check rolls back.
 */
export function* commitStep(
  writer: CommitWriter,
  staged: StagedImport,
  actor: Actor,
): Step<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  const conflicts: string[] = [];
  let conflicting = 0;
  const pending: StagedAddition[] = [];
  const sources: KnownSources = new Map();
  const ctx = { kind: staged.kind, actor, reason: staged.reason, sources };
  function* createPending(): Step<void> {
    if (pending.length === 0) return;
    yield* writer.create(pending, (index, error) => lineOf(pending[index]?.line, error));
    created += pending.length;
    pending.length = 0;
  }
  for (const row of readStagedRows<Record<string, unknown>>(staged.file)) {
    if (row.id === null) {
      pending.push(row);
      if (pending.length >= CREATE_CHUNK) yield* createPending();
      continue;
    }
    yield* createPending();
    let conflict: string | null;
    try {
      conflict = yield* applyStagedChangeStep(writer.w, row, ctx);
    } catch (error) {
      throw lineOf(row.line, error as Error);
    }
    if (conflict === null) {
      updated++;
      continue;
    }
    conflicting++;
    if (conflicts.length < LISTED_CONFLICTS) conflicts.push(`line ${row.line}: ${conflict}`);
  }
  yield* createPending();
  if (conflicting > 0) throw new ImportOutdatedError(conflicts, conflicting);
  return { created, updated };
}
