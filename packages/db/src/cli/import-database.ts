import type { Database } from '../database';
import type { DatabaseTarget } from '../env';
import { openOwnedPostgres } from '../postgres/setup';
import { openOwnedDatabase } from '../setup';

/** The database `DATABASE_URL` (or `TIANSHAN_DB`) names, migrated, with how to close it when done. */
export async function openImportDatabase(
  target: DatabaseTarget,
): Promise<{ db: Database; close: () => Promise<void> }> {
  if (target.dialect === 'postgres') {
    const db = await openOwnedPostgres(target.url, {
      max: 1,
      applicationName: 'tianshan import:official',
    });
    return { db, close: () => db.$client.end() };
  }
  const db = openOwnedDatabase(target.file);
  return { db, close: async () => void db.$client.close() };
}
