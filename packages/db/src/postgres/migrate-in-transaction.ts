import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { ClientBase } from 'pg';
import { postgresMigrationsFolder } from '../env';

/**
 * Applies the PostgreSQL migrations inside the caller's open transaction, recording them where Drizzle's
 * own migrator does (`drizzle.__drizzle_migrations`, same hash and timestamp), so either can run next.
 * Drizzle's migrator is not used here because it commits its own transaction, and the copy needs the
 * schema and the rows to land, or vanish, together.
 */
export async function migrateInTransaction(
  client: ClientBase,
  folder: string = postgresMigrationsFolder(),
): Promise<number> {
  await client.query('CREATE SCHEMA IF NOT EXISTS drizzle');
  await client.query(
    'CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)',
  );
  const last = await client.query<{ created_at: string }>(
    'SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1',
  );
  const appliedUntil = Number(last.rows[0]?.created_at ?? 0);
  let applied = 0;
  for (const migration of readMigrationFiles({ migrationsFolder: folder })) {
    if (migration.folderMillis <= appliedUntil) continue;
    for (const statement of migration.sql) {
      if (statement.trim()) await client.query(statement);
    }
    await client.query(
      'INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)',
      [migration.hash, migration.folderMillis],
    );
    applied += 1;
  }
  return applied;
}
