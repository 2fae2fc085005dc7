import { existsSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from './client';
import { migrateDatabase } from './migrate';
import { meta } from './schema';
import { seedStarterData, type SeedCounts } from './seed/seed';

const OWNER_KEY = 'created_by';
const OWNER = 'tianshan';
const SEEDED_KEY = 'starter_seeded_at';

export class ForeignDatabaseError extends Error {
  constructor(file: string) {
    super(
      `${file} already holds tables that Tianshan did not create; refusing to migrate or seed it. ` +
        'Point TIANSHAN_DB at a new file.',
    );
  }
}

function userTables(db: Db): string[] {
  return db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
}

function readMeta(db: Db, key: string): string | null {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, key)).get()?.value ?? null;
}

/**
 * Opens (creating if needed) a Tianshan database and brings its schema up to date. A file that holds
 * someone else's tables is refused untouched: the ownership mark is written when we create the schema.
 */
export function openOwnedDatabase(file: string): Db {
  const existed = existsSync(file);
  const db = openDatabase(file);
  const tables = userTables(db);
  const ours = tables.includes('meta') && readMeta(db, OWNER_KEY) === OWNER;
  if (existed && tables.length > 0 && !ours) {
    db.$client.close();
    throw new ForeignDatabaseError(file);
  }
  migrateDatabase(db);
  if (!ours) db.insert(meta).values({ key: OWNER_KEY, value: OWNER }).onConflictDoNothing().run();
  return db;
}

/** Seeds the starter data once. Running it again on a seeded database changes nothing. */
export function seedOnce(db: Db, folder?: string): { seeded: boolean; counts?: SeedCounts } {
  if (readMeta(db, SEEDED_KEY)) return { seeded: false };
  const counts = seedStarterData(db, folder);
  db.insert(meta).values({ key: SEEDED_KEY, value: new Date().toISOString() }).run();
  return { seeded: true, counts };
}
