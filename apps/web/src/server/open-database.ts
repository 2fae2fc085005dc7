import type { Database } from '@tianshan/db/database';

/**
 * The database handle of this process. Kept on `globalThis` because Next.js bundles the instrumentation
 * hook apart from the routes and the proxy: module state would not be shared between them. No
 * 'server-only' guard here: the instrumentation hook is not built as a server component.
 */
const globalForDb = globalThis as unknown as { tianshanDb?: Database };

export function keptDatabase(): Database | undefined {
  return globalForDb.tianshanDb;
}

export function keepDatabase<T extends Database>(db: T): T {
  globalForDb.tianshanDb = db;
  return db;
}

/** Opens the pool and brings the schema up to date (refusing a database Tianshan did not create). */
export async function openPostgresAtStart(url: string): Promise<void> {
  if (keptDatabase()) return;
  const { openOwnedPostgres } = await import('@tianshan/db/postgres/setup');
  keepDatabase(await openOwnedPostgres(url, { applicationName: 'tianshan web' }));
}
