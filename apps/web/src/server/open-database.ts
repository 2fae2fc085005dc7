import type { PostgresDb } from '@tianshan/db/postgres/client';

/**
 * The PostgreSQL pool of this process, opened once at server start. Kept on `globalThis` because Next.js
 * bundles the instrumentation hook apart from the routes: module state would not be shared between them.
 * No 'server-only' guard here: the instrumentation hook is not built as a server component.
 */
const globalForPostgres = globalThis as unknown as { tianshanPostgres?: PostgresDb };

/** Opens the pool and brings the schema up to date (refusing a database Tianshan did not create). */
export async function openPostgresAtStart(url: string): Promise<void> {
  const { openOwnedPostgres } = await import('@tianshan/db/postgres/setup');
  globalForPostgres.tianshanPostgres ??= await openOwnedPostgres(url, {
    applicationName: 'tianshan web',
  });
}

export function openedPostgres(): PostgresDb {
  const db = globalForPostgres.tianshanPostgres;
  if (!db) throw new Error('the PostgreSQL pool is opened at server start (instrumentation.ts)');
  return db;
}
