import 'server-only';
import type { Db } from '@tianshan/db/client';
import { databasePath } from '@tianshan/db/env';
import { openOwnedDatabase } from '@tianshan/db/setup';

/**
 * One connection per server process, opened on first use. Migrations run here too, so a server
 * started on an older file brings it up to date before serving. Tests never import this: they pass
 * their own database to the tRPC context.
 */
const globalForDb = globalThis as unknown as { tianshanDb?: Db };

export function getDb(): Db {
  globalForDb.tianshanDb ??= openOwnedDatabase(databasePath());
  return globalForDb.tianshanDb;
}
