import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../client';
import type { Actor } from '../write/audit';
import type { KindOutput } from '../write/record-kinds';
import { createValidRecords } from '../write/create-records';
import { writeTransaction } from '../write/transaction';
import { applyStagedChange } from './apply-change';
import type { ImportKind } from './row-mapping';
import { readStagedRows } from './staged-file';
import type { StagedAddition } from './staged-row';
import { isExpired, removeStaged, stagingPath } from './staging';

export class ImportNotFoundError extends Error {
  constructor() {
    super('this import has expired or was already confirmed; upload the file again');
  }
}

/** Records the preview showed as changing were edited or deleted since: the preview no longer shows the truth. */
export class ImportOutdatedError extends Error {
  constructor(
    readonly conflicts: string[],
    readonly total: number,
  ) {
    const more = total > conflicts.length ? `; and ${total - conflicts.length} more` : '';
    super(
      `Nothing was imported: ${total === 1 ? 'a record' : `${total} records`} changed after the preview (${conflicts.join('; ')}${more}). Preview the file again to see the current values.`,
    );
  }
}

export interface ImportResult {
  created: number;
  updated: number;
  kind: ImportKind;
}

const LISTED_CONFLICTS = 5;

/**
 * Writes a previewed import in ONE `BEGIN IMMEDIATE` transaction: every row, its sources and one audit entry
 * per record, or — if any row fails or a record changed since the preview — nothing at all. A change writes
 * only the fields the preview showed. Synchronous: the server calls it through `commitImportOffThread`.
 */
export function commitImport(db: Db, importId: string, actor: Actor): ImportResult {
  const file = stagingPath(importId);
  if (!existsSync(file) || !existsSync(`${file}.meta.json`)) throw new ImportNotFoundError();
  if (isExpired(file)) {
    removeStaged(file);
    throw new ImportNotFoundError();
  }
  const meta = JSON.parse(readFileSync(`${file}.meta.json`, 'utf8')) as {
    kind: ImportKind;
    fileName: string;
    invalid: number;
  };
  if (meta.invalid > 0) throw new ImportNotFoundError();
  const reason = `CSV import ${meta.fileName}`;
  // A large import touches every page of several indexes: with SQLite's default 2 MB page cache the
  // transaction keeps evicting and re-reading them (a fifth of the commit). 64 MB for the import only.
  const cacheSize = db.$client.pragma('cache_size', { simple: true }) as number;
  db.$client.pragma('cache_size = -65536');
  try {
    return commitRows(db, file, meta, reason, actor);
  } finally {
    db.$client.pragma(`cache_size = ${cacheSize}`);
  }
}

/** New records written in turn per table a chunk at a time: enough to keep SQLite on one table's pages. */
const CREATE_CHUNK = 500;

function commitRows(
  db: Db,
  file: string,
  meta: { kind: ImportKind },
  reason: string,
  actor: Actor,
): ImportResult {
  const counts = writeTransaction(db, (tx) => {
    let created = 0;
    let updated = 0;
    const conflicts: string[] = [];
    let conflicting = 0;
    const pending: StagedAddition<KindOutput<ImportKind>>[] = [];
    const lineOf = (line: number | undefined, error: Error) =>
      new Error(`line ${line}: ${error.message}`, { cause: error });
    // Written before any change that follows them, so ids and audit entries keep the file's order.
    const createPending = () => {
      if (pending.length === 0) return;
      createValidRecords(
        db,
        meta.kind,
        pending.map((row) => row.input),
        {
          actor,
          reason,
          tx,
          failed: (index, error) => lineOf(pending[index]?.line, error),
        },
      );
      created += pending.length;
      pending.length = 0;
    };
    for (const row of readStagedRows<KindOutput<ImportKind>>(file)) {
      if (row.id === null) {
        pending.push(row);
        if (pending.length >= CREATE_CHUNK) createPending();
        continue;
      }
      createPending();
      let conflict: string | null;
      try {
        conflict = applyStagedChange(db, row, { kind: meta.kind, actor, reason, tx });
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
    createPending();
    // Thrown inside the transaction, so every row written before the check rolls back with it.
    if (conflicting > 0) throw new ImportOutdatedError(conflicts, conflicting);
    return { created, updated };
  });
  removeStaged(file);
  return { ...counts, kind: meta.kind };
}
