import type { PoolClient } from 'pg';
import { openPostgres, type PostgresDb, type PostgresOpenOptions } from './client';
import { migrateInTransaction } from './migrate-in-transaction';

const OWNER_KEY = 'created_by';
const OWNER = 'tianshan';
// Any fixed number: processes starting together on a new database migrate it one after the other.
const SETUP_LOCK = 7_451_221;

export class ForeignPostgresError extends Error {
  constructor() {
    super(
      'the PostgreSQL database already holds tables that Tianshan did not create; refusing to migrate ' +
        'it. Point DATABASE_URL at a new database (createdb -E UTF8 <name>).',
    );
  }
}

/**
 * The PostgreSQL twin of `openOwnedDatabase`: opens the pool and brings the schema up to date, in one
 * transaction that also writes the ownership mark. A database holding someone else's tables is refused
 * untouched; an empty one, or one `db:copy` filled (it copies the mark), is accepted.
 */
export async function openOwnedPostgres(
  url: string,
  options: PostgresOpenOptions = {},
): Promise<PostgresDb> {
  const db = openPostgres(url, options);
  try {
    const client = await db.$client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
      if (!(await isOurs(client))) throw new ForeignPostgresError();
      await migrateInTransaction(client);
      await client.query(
        'INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING',
        [OWNER_KEY, OWNER],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return db;
  } catch (error) {
    await db.$client.end().catch(() => undefined);
    throw error;
  }
}

/** No table in `public` yet, or a `meta` table carrying our mark. */
async function isOurs(client: PoolClient): Promise<boolean> {
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
  );
  if (tables.rows.length === 0) return true;
  if (!tables.rows.some((t) => t.name === 'meta')) return false;
  const mark = await client.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [
    OWNER_KEY,
  ]);
  return mark.rows[0]?.value === OWNER;
}
