import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../client';
import type { Actor } from '../write/audit';
import { createRecord, updateRecord } from '../write/records';
import type { KindOutput } from '../write/record-kinds';
import { writeTransaction } from '../write/transaction';
import type { ImportKind } from './row-mapping';
import { readStagedLines, removeStaged, stagingPath } from './staging';

export class ImportNotFoundError extends Error {
  constructor() {
    super('this import has expired or was already confirmed; upload the file again');
  }
}

/**
 * Writes a previewed import in ONE `BEGIN IMMEDIATE` transaction: every row, its sources and one audit entry
 * per record, or — if any row fails (the database may have changed since the preview) — nothing at all.
 */
export function commitImport(
  db: Db,
  importId: string,
  actor: Actor,
): { created: number; updated: number; kind: ImportKind } {
  const file = stagingPath(importId);
  if (!existsSync(file) || !existsSync(`${file}.meta.json`)) throw new ImportNotFoundError();
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

function commitRows(
  db: Db,
  file: string,
  meta: { kind: ImportKind },
  reason: string,
  actor: Actor,
): { created: number; updated: number; kind: ImportKind } {
  const counts = writeTransaction(db, (tx) => {
    let created = 0;
    let updated = 0;
    for (const row of readStagedLines<{
      line: number;
      id: number | null;
      // Staged by the preview as the kind's schema returned it.
      input: KindOutput<ImportKind>;
    }>(file)) {
      try {
        if (row.id === null) {
          createRecord(db, meta.kind, row.input, { actor, reason, tx });
          created++;
        } else {
          updateRecord(db, meta.kind, row.id, row.input, { actor, reason, tx });
          updated++;
        }
      } catch (error) {
        throw new Error(`line ${row.line}: ${(error as Error).message}`, { cause: error });
      }
    }
    return { created, updated };
  });
  removeStaged(file);
  return { ...counts, kind: meta.kind };
}
