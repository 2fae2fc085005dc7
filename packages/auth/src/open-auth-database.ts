import type { DatabaseTarget } from '@tianshan/db/env';
import { openOwnedPostgres } from '@tianshan/db/postgres/setup';
import { openOwnedDatabase } from '@tianshan/db/setup';
import type { AuthDatabase } from './auth-database';

export interface OpenedDatabase {
  db: AuthDatabase;
  close: () => Promise<void>;
}

/**
 * Opens the database a command was pointed at, migrated and checked to be Tianshan's, on either dialect.
 * One connection is enough for a command.
 */
export async function openAuthDatabase(target: DatabaseTarget): Promise<OpenedDatabase> {
  if (target.dialect === 'postgres') {
    const db = await openOwnedPostgres(target.url, {
      max: 1,
      applicationName: 'tianshan user:create',
    });
    return { db, close: () => db.$client.end() };
  }
  const db = openOwnedDatabase(target.file);
  return {
    db,
    close: async () => {
      db.$client.close();
    },
  };
}
