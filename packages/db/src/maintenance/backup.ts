import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Tables whose row counts a backup reports, so a restore can be compared with what was backed up. */
export const COUNTED_TABLES = [
  'sources',
  'citations',
  'trade_reports',
  'investments',
  'projects',
  'project_fact_reports',
  'milestones',
  'events',
  'indicators',
  'users',
  'audit_log',
] as const;

export type RowCounts = Record<(typeof COUNTED_TABLES)[number], number>;

export function rowCounts(db: Database.Database): RowCounts {
  return Object.fromEntries(
    COUNTED_TABLES.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
  ) as RowCounts;
}

export function integrityCheck(db: Database.Database): string {
  return (db.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; ');
}

/**
 * An online backup while the dashboard keeps writing: `VACUUM INTO` copies one read snapshot (a WAL
 * reader never blocks the writer, and unlike the page-by-page backup API it never restarts when the source
 * changes). The copy is written next to its destination and renamed into place, so a failed backup never
 * leaves a half-written file under the destination's name.
 */
export function backupDatabase(
  sourceFile: string,
  destination: string,
): { counts: RowCounts; integrity: string } {
  if (existsSync(destination))
    throw new Error(`${destination} exists; choose a new file for the backup`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const source = new Database(sourceFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    source.prepare('VACUUM INTO ?').run(partial);
  } finally {
    source.close();
  }
  const copy = new Database(partial, { readonly: true });
  const result = { counts: rowCounts(copy), integrity: integrityCheck(copy) };
  copy.close();
  if (result.integrity !== 'ok') {
    rmSync(partial, { force: true });
    throw new Error(`the backup failed its integrity check: ${result.integrity}`);
  }
  renameSync(partial, destination);
  return result;
}

/**
 * Puts a backup in place of the database (the server must be stopped). The backup is checked first; the
 * old file is kept beside it as `<name>.before-restore` until the next restore.
 */
export function restoreDatabase(backupFile: string, target: string): { counts: RowCounts } {
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  const integrity = integrityCheck(backup);
  const counts = rowCounts(backup);
  backup.close();
  if (integrity !== 'ok') throw new Error(`${backupFile} failed its integrity check: ${integrity}`);
  const staged = path.join(path.dirname(target), `.${path.basename(target)}.restoring`);
  copyFileSync(backupFile, staged);
  if (existsSync(target)) {
    // Fold the old file's WAL into it so the kept copy is complete, then set it aside.
    const old = new Database(target);
    old.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    renameSync(target, `${target}.before-restore`);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staged, target);
  return { counts };
}
