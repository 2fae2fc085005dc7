import { existsSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from './client';
import { migrateDatabase } from './migrate';
import { meta } from './schema';
import { seedDataset, type SeedCounts, type SeedOptions } from './seed/seed';

const OWNER_KEY = 'created_by';
const OWNER = 'tianshan';

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

/**
 * Brings the seed data into the database: everything on a fresh database, on an older one only the rows it
 * does not hold yet. Running it again when nothing is missing changes nothing.
 */
export function seedOnce(db: Db, options?: SeedOptions): { seeded: boolean; counts?: SeedCounts } {
  const counts = seedDataset(db, options);
  const added = Object.values(counts).some((n) => n > 0);
  return added ? { seeded: true, counts } : { seeded: false };
}
