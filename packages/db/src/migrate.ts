import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';
import { migrationsFolder } from './env';

export function migrateDatabase(db: Db, folder: string = migrationsFolder()): void {
  migrate(db, { migrationsFolder: folder });
}
