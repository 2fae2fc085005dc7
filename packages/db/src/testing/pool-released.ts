import { expect } from 'vitest';
import type { PostgresDb } from '../postgres/client';

/** Every connection the pool opened is back in it, and none is left inside a transaction. */
export async function expectPoolReleased(db: PostgresDb): Promise<void> {
  const pool = db.$client;
  expect(pool.idleCount).toBe(pool.totalCount);
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
  );
  expect(Number(rows[0]?.n)).toBe(0);
}
