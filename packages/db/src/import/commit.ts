import type { Db } from '../client';
import type { Actor } from '../write/audit';
import { createValidRecords } from '../write/create-records';
import { runOnSqlite } from '../write/step/run-write';
import { sqliteWrite } from '../write/step/write-dialect';
import { writeTransaction } from '../write/transaction';
import type { ImportResult } from './commit-errors';
import { commitShaped, STAGE_SCHEMA } from './commit-shaped';
import { commitStep, nothingLeft, type CommitWriter } from './commit-step';
import { openStagedImport } from './staged-import';
import { removeStaged } from './staging';

/**
 * Writes a previewed import in ONE `BEGIN IMMEDIATE` transaction on SQLite: every row, its sources and one
 * audit entry per record, or — if any row fails or a record changed since the preview — nothing at all. A
 * change writes only the fields the preview showed. A file of new records only, shaped for SQLite by the
 * preview, is written by SQLite's own `INSERT … SELECT` (commit-shaped.ts); anything else, and a shaped
 * file that fails there, row by row (`commitStep`), whose errors name the file's line. Synchronous: the
 * server calls it through `confirmImport`, which runs it in a worker thread. PostgreSQL's counterpart is
 * `commitPostgresImport`.
 */
export function commitImport(db: Db, importId: string, actor: Actor): ImportResult {
  const staged = openStagedImport(importId);
  // A large import touches every page of several indexes: with SQLite's default 2 MB page cache the
  // transaction keeps evicting and re-reading them (a fifth of the commit). 64 MB for the import only.
  const cacheSize = db.$client.pragma('cache_size', { simple: true }) as number;
  db.$client.pragma('cache_size = -65536');
  // SQLite attaches a database only outside a transaction.
  if (staged.shaped) db.$client.prepare(`ATTACH DATABASE ? AS ${STAGE_SCHEMA}`).run(staged.shaped);
  let counts: { created: number; updated: number };
  try {
    counts = writeTransaction(db, (tx) => {
      if (staged.shaped) {
        const written = commitShaped(db, tx, staged.kind, { actor, reason: staged.reason });
        if (written) return { created: written.created, updated: 0 };
      }
      // New records go through the raw prepared inserts (create-records.ts), written at once; the
      // changes' statements run on the same connection, inside the same transaction.
      const writer: CommitWriter = {
        w: sqliteWrite,
        create: (rows, failed) => {
          createValidRecords(
            db,
            staged.kind,
            rows.map((row) => row.input),
            { actor, reason: staged.reason, tx, failed },
          );
          return nothingLeft();
        },
      };
      return runOnSqlite(db, commitStep(writer, staged, actor));
    });
  } finally {
    if (staged.shaped) db.$client.exec(`DETACH DATABASE ${STAGE_SCHEMA}`);
    db.$client.pragma(`cache_size = ${cacheSize}`);
  }
  removeStaged(staged.file);
  return { ...counts, kind: staged.kind };
}
