import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  readonly?: boolean;
  /** Receives every SQL statement as executed (benchmarks compare them with the sqlite3 CLI). */
  verbose?: (sql: unknown) => void;
}

/**
 * Opens the SQLite file with the settings every process must share: WAL so readers never block the
 * writer, foreign keys on (SQLite defaults them off), and a busy timeout so a second writer waits
 * instead of failing with SQLITE_BUSY.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (!options.readonly) mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    verbose: options.verbose,
  });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    sqlite.pragma('journal_mode = WAL');
    // After a long read (a backup, a big export) lets the WAL grow, trim it back once it is rewound.
    sqlite.pragma(`journal_size_limit = ${16 * 1024 * 1024}`);
  }
  // NORMAL is durable against a process crash in WAL mode; only an OS crash can lose the last commit.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  return drizzle(sqlite, { schema });
}

export { schema };
