import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from './schema';

export type PostgresDb = NodePgDatabase<typeof schema> & { $client: Pool };

/** A transaction handed to `db.transaction(async (tx) => …)`. */
export type PostgresTx = Parameters<Parameters<PostgresDb['transaction']>[0]>[0];

export interface PostgresOpenOptions {
  /** Connections kept open at most; a command-line tool needs one or two, a web process more. */
  max?: number;
  /** Shown in pg_stat_activity, so an operator can tell Tianshan's processes apart. */
  applicationName?: string;
}

/**
 * A connection pool on a postgres:// URL with Drizzle over the PostgreSQL schema mirror, whose rows have the
 * same JavaScript types as the SQLite schema's. Opening does not connect: the first query does.
 */
export function openPostgres(url: string, options: PostgresOpenOptions = {}): PostgresDb {
  const pool = new Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'tianshan',
  });
  // An idle connection the server drops is replaced by the pool; unheard, its error would end the process.
  pool.on('error', () => undefined);
  return drizzle(pool, { schema });
}
