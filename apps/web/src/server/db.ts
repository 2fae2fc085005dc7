import 'server-only';
import type { Database } from '@tianshan/db/database';
import { databaseTarget } from '@tianshan/db/env';
import { openOwnedDatabase } from '@tianshan/db/setup';
import { keepDatabase, keptDatabase } from './open-database';

/**
 * One database handle per server process, of the dialect `databaseTarget()` names. SQLite is opened on
 * first use, its migrations run there, so a server started on an older file brings it up to date before
 * serving. PostgreSQL's pool is opened and migrated before the server takes its first request
 * (instrumentation.ts), since that takes an await. Tests never import this: they pass their own database
 * to the tRPC context.
 */
export function getDb(): Database {
  const kept = keptDatabase();
  if (kept) return kept;
  const target = databaseTarget();
  if (target.dialect === 'postgres')
    throw new Error('the PostgreSQL pool is opened at server start (instrumentation.ts)');
  return keepDatabase(openOwnedDatabase(target.file));
}
