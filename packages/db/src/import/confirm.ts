import { isPostgres, type Database } from '../database';
import type { Actor } from '../write/audit';
import type { ImportResult } from './commit-errors';
import { commitImportOffThread } from './commit-off-thread';
import { commitPostgresImport } from './commit-postgres';

/**
 * Confirms a previewed import on either database, as the web route and the command line do, without holding
 * up the calling thread: SQLite's synchronous commit runs in a worker thread on its own connection;
 * PostgreSQL's waits on its connection, so it runs here.
 */
export function confirmImport(db: Database, importId: string, actor: Actor): Promise<ImportResult> {
  if (isPostgres(db)) return commitPostgresImport(db, importId, actor);
  return commitImportOffThread({ file: db.$client.name, importId, actor });
}
