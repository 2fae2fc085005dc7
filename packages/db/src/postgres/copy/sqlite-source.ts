import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { openDatabase } from '../../client';
import { migrationsFolder } from '../../env';
import type { TableShape } from '../table-shape';
import { CopyError } from './copy-error';
import { orderByPrimaryKey, quoteIdentifier } from './sql-text';

/**
 * The SQLite database being copied, read inside one read transaction: every table is read from the same
 * snapshot even while the dashboard keeps writing (WAL lets readers and the writer pass each other).
 */
export interface SqliteSource {
  /** Rows in primary-key order, each an array in the shape's column order, INTEGERs as bigint. */
  rows(shape: TableShape): IterableIterator<unknown[]>;
  close(): void;
}

export function openSqliteSource(file: string): SqliteSource {
  if (!existsSync(file)) throw new CopyError(`no SQLite database at ${file}`);
  let client: Database.Database | undefined;
  try {
    client = openDatabase(file, { readonly: true }).$client;
    client.exec('BEGIN');
    assertMigrated(client, file);
  } catch (error) {
    client?.close();
    if (error instanceof CopyError) throw error;
    throw new CopyError(`cannot read ${file} as a SQLite database: ${(error as Error).message}`);
  }
  const reader = client;
  return {
    rows(shape) {
      const columns = shape.columns.map((c) => quoteIdentifier(c.name)).join(', ');
      const order = orderByPrimaryKey(shape, () => '');
      return reader
        .prepare(`SELECT ${columns} FROM ${quoteIdentifier(shape.name)} ${order}`)
        .raw(true)
        .safeIntegers(true)
        .iterate() as IterableIterator<unknown[]>;
    },
    close() {
      if (reader.inTransaction) reader.exec('COMMIT');
      reader.close();
    },
  };
}

/**
 * Copying a database this code has not migrated (or one a newer version migrated further) would drop or
 * miss columns silently, so it is refused with the command that fixes it.
 */
function assertMigrated(client: Database.Database, file: string): void {
  const known = client
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!known) throw new CopyError(`${file} is not a Tianshan database (it has no migrations)`);
  const applied = client
    .prepare('SELECT MAX(created_at) FROM __drizzle_migrations')
    .pluck()
    .safeIntegers(false)
    .get() as number | null;
  const latest = Math.max(
    0,
    ...readMigrationFiles({ migrationsFolder: migrationsFolder() }).map((m) => m.folderMillis),
  );
  if ((applied ?? 0) < latest) {
    throw new CopyError(`${file} is not migrated to this version: run pnpm db:migrate first`);
  }
  if ((applied ?? 0) > latest) {
    throw new CopyError(`${file} was migrated by a newer Tianshan: copy it with that version`);
  }
}
