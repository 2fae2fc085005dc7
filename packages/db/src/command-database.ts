import type { Database } from './database';
import { databaseTarget } from './env';
import { openOwnedPostgres } from './postgres/setup';
import { openOwnedDatabase } from './setup';

export interface CommandDatabase {
  db: Database;
  close: () => Promise<void>;
}

/**
 * The database a command-line tool works on: PostgreSQL when `DATABASE_URL` names it, else the SQLite file,
 * migrated and checked to be Tianshan's. One connection is enough for a command; `command` names it in
 * PostgreSQL's list of sessions.
 */
export async function openCommandDatabase(command: string): Promise<CommandDatabase> {
  const target = databaseTarget();
  if (target.dialect === 'postgres') {
    const db = await openOwnedPostgres(target.url, {
      max: 1,
      applicationName: `tianshan ${command}`,
    });
    return { db, close: () => db.$client.end() };
  }
  const db = openOwnedDatabase(target.file);
  return { db, close: async () => void db.$client.close() };
}
