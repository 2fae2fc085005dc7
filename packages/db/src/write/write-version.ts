import { sql } from 'drizzle-orm';
import type { Database } from '../database';
import { readerOf } from '../queries/reader/reader';

/**
 * A counter every write transaction bumps, on either database, before it commits: a process that cached
 * anything read from the database compares it to notice another process's write. SQLite's `data_version`
 * pragma says the same for one file; PostgreSQL has no such thing, and LISTEN/NOTIFY would need a
 * connection held open per process. A `meta` row rather than a table of its own: no schema change, and
 * `db:copy` carries it over like any row.
 */
export const WRITE_VERSION_KEY = 'write-version';

/** The same statement on both dialects (an upsert; `CAST(… AS BIGINT)` reads the text value as a number). */
export const BUMP_WRITE_VERSION_SQL =
  `INSERT INTO meta (key, value) VALUES ('${WRITE_VERSION_KEY}', '1') ` +
  `ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS BIGINT) + 1 AS TEXT)`;

/** The current count of committed write transactions (0 before the first). */
export async function writeVersion(db: Database): Promise<number> {
  const reader = readerOf(db);
  const [row] = await reader.all(
    'write version',
    () => sql`SELECT value FROM meta WHERE key = ${sql.placeholder('key')}`,
    { key: WRITE_VERSION_KEY },
  );
  return Number(row?.value ?? 0);
}
